#include "alerts/AlertAcknowledger.h"

#include "domain/Links.h"
#include "read/ReadService.h"
#include "store/AnnotationQueue.h"
#include "store/Repository.h"
#include "store/Store.h"

namespace yiping::ui {

AlertAcknowledger::AlertAcknowledger(read::ReadService *reads, QObject *parent)
    : QObject(parent)
    , m_reads(reads)
{
    qRegisterMetaType<AlertAckState>();
}

void AlertAcknowledger::acknowledge(const QString &alertId)
{
    if (alertId.isEmpty())
        return;
    if (m_reads->cachePath().isEmpty()) {
        Q_EMIT failed(tr("The alert was not acknowledged: no local cache is open."));
        return;
    }
    // Shown at once: the write takes a disk sync, and the user should not wait for it.
    Q_EMIT stateChanged(alertId, AlertAckState::Pending);
    ++m_inFlight;
    // Unkeyed: every press is written, none supersedes another.
    m_reads->request(
        {},
        [alertId, author = m_author](read::ReadContext &c) {
            enqueue(c.store().database(), alertId, author);
            return true;
        },
        [this, alertId](const read::ReadResult<bool> &written) {
            --m_inFlight;
            if (written.ok())
                return;
            Q_EMIT failed(tr("The alert was not acknowledged: %1").arg(written.error));
            Q_EMIT stateChanged(alertId, AlertAckState::Open);
        });
}

AlertAckState AlertAcknowledger::stateOf(const QString &status, bool ackPending)
{
    if (status != QLatin1String("open"))
        return AlertAckState::None;
    return ackPending ? AlertAckState::Pending : AlertAckState::Open;
}

void AlertAcknowledger::enqueue(store::Database &db, const QString &alertId, const QString &author)
{
    store::AnnotationQueue queue(db);
    // A second press (two windows, a double click) must not queue a second ack.
    if (queue.pendingAcks().contains(alertId))
        return;
    queue.enqueue(store::AnnotationQueue::make(domain::RefType::Alert, alertId,
                                               domain::AnnotationKind::Ack, author,
                                               tr("Acknowledged")),
                  0);
}

} // namespace yiping::ui
