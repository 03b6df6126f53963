#pragma once

#include "sync/SyncEngine.h"

#include <QObject>
#include <QThread>

namespace yiping::sync {

// The GUI's handle on sync: a worker thread owning its own SyncEngine (and through it its
// own Store, QNetworkAccessManager and live stream). Requests go in by queued calls,
// results come back as values by queued signals; nothing here blocks the caller.
//
//   auto *worker = new SyncWorker(config, Store::defaultPath(user, server), this);
//   connect(worker, &SyncWorker::collectionFinished, model, &Model::refresh);
//   worker->start(/*live=*/true);
//   worker->syncNow();
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const ServerConfig &config, const QString &cachePath, QObject *parent = nullptr);
    // Cancels a run in progress and waits for the thread to end (at exit; the GUI retires a
    // worker instead).
    ~SyncWorker() override;

    // Starts the thread; with `live`, also the stream that wakes the puller.
    void start(bool live);
    // Pushes queued annotations and pulls `collections` (all when empty).
    void syncNow(const QList<domain::Collection> &collections = {});
    // Stops the run in progress at its next check; a cancelled page is not applied.
    void cancel();
    // Ends this worker without waiting for it: cancels the run, stops the stream, emits
    // nothing more, and deletes itself once its thread has ended. A request in flight may
    // take a while to notice; the caller's thread never waits for it.
    void retire();

Q_SIGNALS:
    void progress(const yiping::sync::CollectionProgress &progress);
    void collectionFinished(const yiping::sync::CollectionResult &result);
    void finished(const yiping::sync::SyncSummary &summary);
    void alert(const QJsonObject &alert);
    void streamStateChanged(yiping::sync::LiveStream::State state);

private:
    QThread m_thread;
    SyncEngine *m_engine;   // lives in m_thread, deleted when it ends
    bool m_retired = false; // the engine belongs to its ending thread alone
};

} // namespace yiping::sync
