#include "sync/SyncWorker.h"

namespace yiping::sync {

SyncWorker::SyncWorker(const ServerConfig &config, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_engine(new SyncEngine(config, cachePath))
{
    qRegisterMetaType<CollectionProgress>();
    qRegisterMetaType<CollectionResult>();
    qRegisterMetaType<SyncSummary>();
    m_thread.setObjectName(QStringLiteral("yiping-sync"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::progress, this, &SyncWorker::progress);
    connect(m_engine, &SyncEngine::collectionFinished, this, &SyncWorker::collectionFinished);
    connect(m_engine, &SyncEngine::finished, this, &SyncWorker::finished);
    connect(m_engine, &SyncEngine::alert, this, &SyncWorker::alert);
    connect(m_engine, &SyncEngine::streamStateChanged, this, &SyncWorker::streamStateChanged);
}

SyncWorker::~SyncWorker()
{
    if (m_retired) {
        // The engine goes with its thread, which is ending (it may be gone already, before
        // the queued news of it reached us): never touched here.
        m_thread.wait();
        return;
    }
    m_engine->cancel();
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_engine, &SyncEngine::stopLiveStream, Qt::QueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_engine;
    }
}

void SyncWorker::start(bool live)
{
    m_thread.start();
    if (live)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::startLiveStream, Qt::QueuedConnection);
}

void SyncWorker::syncNow(const QList<domain::Collection> &collections)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, collections] { engine->sync(collections); },
        Qt::QueuedConnection);
}

void SyncWorker::cancel()
{
    m_engine->cancel();
}

void SyncWorker::retire()
{
    // The engine's signals still reach this object until its thread ends; nobody hears them.
    disconnect();
    m_engine->cancel();
    if (!m_thread.isRunning()) {
        deleteLater();
        return;
    }
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stopLiveStream, Qt::QueuedConnection);
    // The engine is deleted in its thread as the thread ends (see the constructor).
    m_retired = true;
    connect(&m_thread, &QThread::finished, this, &QObject::deleteLater);
    m_thread.quit();
}

} // namespace yiping::sync
