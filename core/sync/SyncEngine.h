#pragma once

#include "sync/ApiClient.h"
#include "sync/LiveStream.h"
#include "sync/SyncTypes.h"

#include <QHash>
#include <QObject>

#include <array>
#include <atomic>
#include <memory>

namespace yiping::store {
class Store;
}

namespace yiping::sync {

// One sync session: pushes queued annotations, then pulls collections page by page into
// the cache, optionally woken by the live stream. Lives in one thread (SyncWorker's, or
// the main thread of a command-line tool) and blocks it while a run is in progress,
// serving its events meanwhile; the store, the network access and the stream are created
// in that thread on first use.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(const ServerConfig &config, const QString &cachePath, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Thread-safe: the run in progress stops at its next check, between or during pages;
    // a cancelled page is not applied.
    void cancel();
    // The session's cache, once a run opened it (for tests and tools in the same thread).
    store::Store *store() const { return m_store.get(); }

public Q_SLOTS:
    // Pushes queued annotations, then pulls `collections` (all when empty). A request that
    // arrives during a run is merged into one more run after it.
    void sync(const QList<yiping::domain::Collection> &collections = {});
    // Pulls the collections whose cursor is behind the max_rev the stream announced.
    void syncChanged(const QHash<QString, qint64> &maxRevs);
    void startLiveStream();
    void stopLiveStream();

Q_SIGNALS:
    void progress(const yiping::sync::CollectionProgress &progress);
    void collectionFinished(const yiping::sync::CollectionResult &result);
    void finished(const yiping::sync::SyncSummary &summary);
    void alert(const QJsonObject &alert);
    void streamStateChanged(yiping::sync::LiveStream::State state);

private:
    QString prepare();
    SyncSummary run(const QList<domain::Collection> &collections);
    using Counts = std::array<qint64, domain::kCollectionCount>;
    Counts serverCounts(); // -1 where /meta gave none

    ServerConfig m_config;
    QString m_cachePath;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<store::Store> m_store;
    LiveStream *m_stream = nullptr;
    QList<domain::Collection> m_pending;
};

} // namespace yiping::sync
