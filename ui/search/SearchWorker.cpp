#include "search/SearchWorker.h"

#include "security/SearchMasking.h"

#include <QFileInfo>

namespace yiping::ui {

struct SearchWorker::Connection
{
    store::Database db;
    std::unique_ptr<store::Search> search; // holds prepared statements on db
};

SearchWorker::SearchWorker(std::shared_ptr<std::atomic<quint64>> latest)
    : m_latest(std::move(latest))
{}

SearchWorker::~SearchWorker() = default;

void SearchWorker::setCachePath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_connection.reset();
}

void SearchWorker::find(quint64 sequence, const QString &query, security::Clearance viewer)
{
    if (sequence < m_latest->load())
        return; // the user typed on; a newer query is queued behind this one
    try {
        if (!m_connection) {
            if (m_path.isEmpty() || !QFileInfo::exists(m_path)) {
                Q_EMIT failed(sequence, tr("There is no local cache to search yet."));
                return;
            }
            auto c = std::make_unique<Connection>();
            c->db = store::Database::open(m_path, /*readOnly=*/true);
            c->search = std::make_unique<store::Search>(c->db);
            m_connection = std::move(c);
        }
        Q_EMIT found(sequence, query,
                     security::SearchMasking::forViewer(m_connection->search->find(query), viewer));
    } catch (const store::SqlError &e) {
        m_connection.reset(); // try afresh next time (the file may have been replaced)
        Q_EMIT failed(sequence, tr("The search failed: %1").arg(e.message()));
    }
}

} // namespace yiping::ui
