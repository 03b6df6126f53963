#pragma once

#include "security/Clearance.h"
#include "store/Search.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace yiping::ui {

// Runs searches on its own thread with its own read-only connection to the cache, so
// typing never waits on SQLite. Only the newest query matters: one already overtaken by
// a newer one when its turn comes is skipped, and every answer carries its sequence
// number so the caller can drop a late one.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    explicit SearchWorker(std::shared_ptr<std::atomic<quint64>> latest);
    ~SearchWorker() override;

    void setCachePath(const QString &path);
    // The results as the viewer may see them (security::SearchMasking).
    void find(quint64 sequence, const QString &query, security::Clearance viewer);

Q_SIGNALS:
    void found(quint64 sequence, const QString &query,
               const QList<yiping::store::SearchGroup> &groups);
    void failed(quint64 sequence, const QString &error);

private:
    struct Connection;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QString m_path;
    std::unique_ptr<Connection> m_connection; // opened on the first query
};

} // namespace yiping::ui
