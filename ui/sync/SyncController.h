#pragma once

#include "SyncSettings.h"
#include "security/Clearance.h"
#include "sync/LiveStream.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace yiping::sync {
class SyncWorker;
}

namespace yiping::ui {

class SyncStatusModel;

// The window's one owner of sync: starts the worker thread once the user has signed in,
// turns its signals into a status line and a per-collection model, and hands live alerts
// on. All network and database work happens in the worker's thread.
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    SyncSettings settings() const { return m_settings; }
    // What the signed-in (or, offline, the last signed-in) user may see unmasked, as the
    // server said at sign-in; Public before any sign-in answered.
    security::Clearance clearance() const;
    SyncStatusModel *model() const { return m_model; }
    bool isSignedIn() const { return m_worker != nullptr; }
    bool isRunning() const { return m_running; }
    QString cachePath() const;
    QString statusText() const;
    // Annotations a 409 stopped, waiting for the user (ConflictDialog): the count read from
    // the cache, raised at once by a run's new conflicts. Shown in statusText().
    int conflictCount() const { return m_conflicts; }
    void setConflictCount(int count);

    // Signs in with these settings (saved) and password (kept in memory by the worker
    // only), starts the live stream and a first sync.
    void signIn(const SyncSettings &settings, const QString &password);
    void syncNow();
    void cancel();

Q_SIGNALS:
    void statusChanged();
    void alertArrived(const QJsonObject &alert);
    // A run ended and committed what it could: pages should re-read the cache.
    void cacheChanged(const QString &cachePath);
    void clearanceChanged(yiping::security::Clearance clearance);

private:
    void onFinished(const sync::SyncSummary &summary);
    QString streamText() const; // the status without the conflicts

    SyncSettings m_settings;
    SyncStatusModel *m_model;
    sync::SyncWorker *m_worker = nullptr;
    bool m_running = false;
    int m_done = 0;
    QString m_error;
    QDateTime m_lastSync;
    sync::LiveStream::State m_stream = sync::LiveStream::State::Disconnected;
    int m_conflicts = 0;
};

} // namespace yiping::ui
