#include "SyncController.h"

#include "SyncStatusModel.h"
#include "store/Store.h"
#include "sync/SyncWorker.h"

namespace yiping::ui {

SyncController::SyncController(QObject *parent)
    : QObject(parent)
    , m_settings(SyncSettings::load())
    , m_model(new SyncStatusModel(this))
{}

SyncController::~SyncController() = default;

QString SyncController::cachePath() const
{
    return store::Store::defaultPath(m_settings.user, m_settings.server.authority());
}

void SyncController::signIn(const SyncSettings &settings, const QString &password)
{
    // A new server or user: the old worker ends in its own time (its request in flight may
    // wait on a slow server), and nothing it still says reaches this controller.
    if (m_worker) {
        m_worker->retire();
        m_worker = nullptr;
        m_running = false;
    }
    // Another account unmasks nothing until its server has said what it may see.
    const bool sameAccount =
        settings.user == m_settings.user && settings.server == m_settings.server;
    const QString clearanceBefore = m_settings.clearance;
    m_settings = settings;
    m_settings.clearance = sameAccount ? clearanceBefore : QString();
    m_settings.save();
    if (m_settings.clearance != clearanceBefore)
        Q_EMIT clearanceChanged(clearance());
    sync::ServerConfig config;
    config.server = settings.server;
    config.user = settings.user;
    config.password = password;
    config.caFile = settings.caFile;
    m_worker = new sync::SyncWorker(config, cachePath(), this);
    connect(m_worker, &sync::SyncWorker::progress, m_model, &SyncStatusModel::applyProgress);
    connect(m_worker, &sync::SyncWorker::collectionFinished, this,
            [this](const sync::CollectionResult &r) {
                m_model->applyResult(r);
                ++m_done;
                Q_EMIT statusChanged();
            });
    connect(m_worker, &sync::SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &sync::SyncWorker::alert, this, &SyncController::alertArrived);
    connect(m_worker, &sync::SyncWorker::streamStateChanged, this,
            [this](sync::LiveStream::State state) {
                m_stream = state;
                Q_EMIT statusChanged();
            });
    m_worker->start(/*live=*/true);
    syncNow();
}

void SyncController::syncNow()
{
    if (!m_worker || m_running)
        return;
    m_running = true;
    m_done = 0;
    m_error.clear();
    m_model->begin();
    m_worker->syncNow();
    Q_EMIT statusChanged();
}

void SyncController::cancel()
{
    if (m_worker && m_running)
        m_worker->cancel();
}

void SyncController::onFinished(const sync::SyncSummary &summary)
{
    m_running = false;
    if (!summary.clearance.isEmpty() && summary.clearance != m_settings.clearance) {
        m_settings.clearance = summary.clearance;
        m_settings.save();
        Q_EMIT clearanceChanged(clearance());
    }
    m_error = summary.firstError();
    if (summary.ok())
        m_lastSync = QDateTime::currentDateTime();
    // The pusher counts only the conflicts this run made (older ones wait unsent); the
    // window re-reads the exact count from the cache on cacheChanged().
    m_conflicts += summary.conflicts;
    Q_EMIT statusChanged();
    Q_EMIT cacheChanged(cachePath());
}

security::Clearance SyncController::clearance() const
{
    // An unknown word (a newer server) unmasks nothing.
    security::Clearance c = security::Clearance::Public;
    security::parseClearance(m_settings.clearance, &c);
    return c;
}

void SyncController::setConflictCount(int count)
{
    if (count == m_conflicts)
        return;
    m_conflicts = count;
    Q_EMIT statusChanged();
}

QString SyncController::statusText() const
{
    const QString conflicts =
        m_conflicts > 0 ? tr(" · %n conflict(s)", nullptr, m_conflicts) : QString();
    return streamText() + conflicts;
}

QString SyncController::streamText() const
{
    if (!m_worker)
        return tr("Sync: not signed in");
    QString text;
    if (m_running)
        text = tr("Syncing %1/%2").arg(m_done).arg(domain::kCollectionCount);
    else if (!m_error.isEmpty())
        text = tr("Sync error: %1").arg(m_error);
    else if (m_lastSync.isValid())
        text = tr("Synced at %1").arg(m_lastSync.toString(QStringLiteral("HH:mm")));
    else
        text = tr("Sync: waiting");
    switch (m_stream) {
    case sync::LiveStream::State::Connected:
        return text + tr(" · live");
    case sync::LiveStream::State::Connecting:
        return text + tr(" · connecting");
    case sync::LiveStream::State::Disconnected:
        return text + tr(" · offline");
    }
    return text;
}

} // namespace yiping::ui
