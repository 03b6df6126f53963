#pragma once

#include "alerts/AlertAckState.h"

#include <QObject>
#include <QString>

namespace yiping::read {
class ReadService;
}
namespace yiping::store {
class Database;
}

namespace yiping::ui {

// Acknowledging an alert (确认) is an annotation of kind "ack" that waits in the cache's
// queue, written with synchronous=FULL, until the sync PUTs it and the server changes the
// alert's status. The queue is the truth: an acknowledgement survives a restart and shows
// as pending until the sync brings the new status. The write is a job of the window's read
// service (one connection to the cache, in order with the window's reads).
class AlertAcknowledger : public QObject
{
    Q_OBJECT

public:
    explicit AlertAcknowledger(read::ReadService *reads, QObject *parent = nullptr);
    // The server requires an author; the signed-in (or last signed-in) user.
    void setAuthor(const QString &user) { m_author = user; }

    // Emits stateChanged(id, Pending) at once and queues the ack off the GUI thread; when
    // it cannot be stored, emits failed() and stateChanged(id, Open). An alert already
    // acknowledged here is not queued twice.
    void acknowledge(const QString &alertId);
    // Acknowledgements being written (tests and screenshots wait for none).
    bool isBusy() const { return m_inFlight > 0; }

    // The read-service job: queues an ack of `alertId` unless one waits already.
    static void enqueue(store::Database &db, const QString &alertId, const QString &author);
    // The alert's state from its cached status and whether an ack of it waits.
    static AlertAckState stateOf(const QString &status, bool ackPending);

Q_SIGNALS:
    void stateChanged(const QString &alertId, yiping::ui::AlertAckState state);
    void failed(const QString &message);

private:
    read::ReadService *m_reads;
    QString m_author;
    int m_inFlight = 0;
};

} // namespace yiping::ui
