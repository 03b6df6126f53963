#include "sync/SyncEngine.h"

#include "store/AnnotationQueue.h"
#include "store/Sqlite.h"
#include "store/Store.h"
#include "sync/AnnotationPusher.h"
#include "sync/PagePuller.h"
#include "sync/SyncLog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace yiping::sync {

using domain::Collection;

SyncEngine::SyncEngine(const ServerConfig &config, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_cachePath(cachePath)
{}

SyncEngine::~SyncEngine() = default;

void SyncEngine::cancel()
{
    if (m_running.load())
        m_cancel.store(true);
}

QString SyncEngine::prepare()
{
    if (!m_api) {
        auto api = std::make_unique<ApiClient>(m_config, &m_cancel);
        if (const QString why = api->setUp(); !why.isEmpty())
            return why;
        m_api = std::move(api);
    }
    if (!m_store) {
        QDir().mkpath(QFileInfo(m_cachePath).absolutePath());
        store::Store::OpenResult opened = store::Store::open(m_cachePath);
        for (const QString &notice : std::as_const(opened.notices))
            qCWarning(lcSync).noquote() << notice;
        if (!opened.store)
            return tr("cannot open the cache %1: %2").arg(m_cachePath, opened.error);
        m_store = std::move(opened.store);
    }
    return {};
}

void SyncEngine::sync(const QList<Collection> &collections)
{
    const QList<Collection> wanted =
        collections.isEmpty()
            ? QList<Collection>(domain::kAllCollections.begin(), domain::kAllCollections.end())
            : collections;
    if (m_running.load()) {
        for (Collection c : wanted)
            if (!m_pending.contains(c))
                m_pending.append(c);
        return;
    }
    m_running.store(true);
    SyncSummary summary = run(wanted);
    m_running.store(false);
    m_cancel.store(false);
    Q_EMIT finished(summary);
    if (!m_pending.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, next = std::exchange(m_pending, {})] { sync(next); },
            Qt::QueuedConnection);
    }
}

void SyncEngine::syncChanged(const QHash<QString, qint64> &maxRevs)
{
    QList<Collection> behind;
    for (auto it = maxRevs.cbegin(); it != maxRevs.cend(); ++it) {
        const std::optional<Collection> c = domain::collectionFromName(it.key());
        if (!c)
            continue; // a collection this client does not know yet
        if (m_running.load() || !m_store || m_store->cursor(*c) < it.value())
            behind.append(*c);
    }
    if (!behind.isEmpty())
        sync(behind);
}

SyncEngine::Counts SyncEngine::serverCounts()
{
    Counts counts;
    counts.fill(-1);
    const ApiClient::Response r = m_api->get(QStringLiteral("/api/v1/meta"));
    if (!r.ok()) {
        qCInfo(lcSync).noquote() << "meta unavailable:" << r.error;
        return counts;
    }
    const QJsonArray list =
        QJsonDocument::fromJson(r.body).object().value(QLatin1StringView("collections")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (const auto c =
                domain::collectionFromName(o.value(QLatin1StringView("name")).toString()))
            counts[size_t(*c)] = o.value(QLatin1StringView("count")).toInteger(-1);
    }
    return counts;
}

SyncSummary SyncEngine::run(const QList<Collection> &collections)
{
    SyncSummary summary;
    if (const QString why = prepare(); !why.isEmpty()) {
        summary.error = why;
        return summary;
    }
    try {
        if (m_api->token().isEmpty()) {
            if (const QString why = m_api->authenticate(); !why.isEmpty()) {
                summary.error = why;
                summary.cancelled = m_api->isCancelled();
                return summary;
            }
        }
        summary.clearance = m_api->user().value(QLatin1StringView("clearance")).toString();
        store::AnnotationQueue queue(m_store->database());
        const AnnotationPusher::Outcome pushed = AnnotationPusher(*m_api, queue).push();
        summary.pushed = pushed.pushed;
        summary.conflicts = pushed.conflicts;
        summary.error = pushed.error;

        const Counts counts = serverCounts();
        PagePuller puller(*m_api, *m_store);
        for (Collection c : collections) {
            if (m_api->isCancelled()) {
                summary.cancelled = true;
                break;
            }
            const CollectionResult result = puller.pull(
                c, counts[size_t(c)], [this](const CollectionProgress &p) { Q_EMIT progress(p); });
            summary.collections.append(result);
            summary.cancelled = summary.cancelled || result.cancelled;
            Q_EMIT collectionFinished(result);
        }
    } catch (const store::SqlError &e) {
        // The transaction rolled back: the cache is as it was after the last good page.
        summary.error = tr("the cache failed: %1").arg(e.message());
    }
    return summary;
}

void SyncEngine::startLiveStream()
{
    if (const QString why = prepare(); !why.isEmpty()) {
        qCWarning(lcSync).noquote() << why;
        return;
    }
    if (!m_stream) {
        m_stream = new LiveStream(
            m_config.server, m_api->sslConfiguration(),
            [this](bool refresh) {
                if (refresh || m_api->token().isEmpty())
                    m_api->authenticate();
                return m_api->token();
            },
            this);
        connect(m_stream, &LiveStream::changed, this, &SyncEngine::syncChanged);
        connect(m_stream, &LiveStream::alert, this, &SyncEngine::alert);
        connect(m_stream, &LiveStream::stateChanged, this, &SyncEngine::streamStateChanged);
    }
    m_stream->start();
}

void SyncEngine::stopLiveStream()
{
    if (m_stream)
        m_stream->stop();
}

} // namespace yiping::sync
