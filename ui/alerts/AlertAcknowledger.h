#pragma once

#include "alerts/AlertAckState.h"

#include <QObject>
#include <QString>

namespace yiping::ui {

// Acknowledging an alert (确认) is an annotation of kind "ack" that waits in the cache's
// queue, written with synchronous=FULL, until the sync PUTs it and the server changes the
// alert's status. The queue is the truth: an acknowledgement survives a restart and shows
// as pending until the sync brings the new status. Writes and reads run on the thread
// pool, each with its own read-write connection to the cache.
class AlertAcknowledger : public QObject
{
    Q_OBJECT

public:
    explicit AlertAcknowledger(QObject *parent = nullptr);

    void setCachePath(const QString &cachePath) { m_cachePath = cachePath; }
    QString cachePath() const { return m_cachePath; }
    // The server requires an author; the signed-in (or last signed-in) user.
    void setAuthor(const QString &user) { m_author = user; }

    // Emits stateChanged(id, Pending) at once and queues the ack off the GUI thread; when
    // it cannot be stored, emits failed() and stateChanged(id, Open). An alert already
    // acknowledged here is not queued twice.
    void acknowledge(const QString &alertId);
    // Acknowledgements being written (tests and screenshots wait for none).
    bool isBusy() const { return m_inFlight > 0; }

    // Worker-thread functions, each opening the cache itself.
    // Queues an ack of `alertId` unless one waits already; the error, or empty.
    static QString enqueue(const QString &cachePath, const QString &alertId, const QString &author);
    // The alert's state from its cached status and the queue.
    static AlertAckState readState(const QString &cachePath, const QString &alertId);
    static AlertAckState stateOf(const QString &status, bool ackPending);

Q_SIGNALS:
    void stateChanged(const QString &alertId, yiping::ui::AlertAckState state);
    void failed(const QString &message);

private:
    QString m_cachePath;
    QString m_author;
    int m_inFlight = 0;
};

} // namespace yiping::ui
