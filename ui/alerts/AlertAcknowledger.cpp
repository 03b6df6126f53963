#include "alerts/AlertAcknowledger.h"

#include "domain/Links.h"
#include "store/AnnotationQueue.h"
#include "store/Repository.h"
#include "store/Store.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace yiping::ui {

AlertAcknowledger::AlertAcknowledger(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AlertAckState>();
}

void AlertAcknowledger::acknowledge(const QString &alertId)
{
    if (alertId.isEmpty())
        return;
    if (m_cachePath.isEmpty()) {
        Q_EMIT failed(tr("The alert was not acknowledged: no local cache is open."));
        return;
    }
    // Shown at once: the write takes a disk sync, and the user should not wait for it.
    Q_EMIT stateChanged(alertId, AlertAckState::Pending);
    ++m_inFlight;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, alertId] {
        --m_inFlight;
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            return;
        Q_EMIT failed(tr("The alert was not acknowledged: %1").arg(error));
        Q_EMIT stateChanged(alertId, AlertAckState::Open);
    });
    watcher->setFuture(
        QtConcurrent::run(&AlertAcknowledger::enqueue, m_cachePath, alertId, m_author));
}

AlertAckState AlertAcknowledger::stateOf(const QString &status, bool ackPending)
{
    if (status != QLatin1String("open"))
        return AlertAckState::None;
    return ackPending ? AlertAckState::Pending : AlertAckState::Open;
}

QString AlertAcknowledger::enqueue(const QString &cachePath, const QString &alertId,
                                   const QString &author)
{
    auto opened = store::Store::open(cachePath);
    if (!opened.store)
        return opened.error;
    try {
        store::Database &db = opened.store->database();
        // A second press (two windows, a double click) must not queue a second ack.
        if (store::AnnotationQueue(db).pendingAcks().contains(alertId))
            return {};
        store::AnnotationQueue(db).enqueue(
            store::AnnotationQueue::make(domain::RefType::Alert, alertId,
                                         domain::AnnotationKind::Ack, author, tr("Acknowledged")),
            0);
    } catch (const store::SqlError &e) {
        return e.message();
    }
    return {};
}

AlertAckState AlertAcknowledger::readState(const QString &cachePath, const QString &alertId)
{
    auto opened = store::Store::open(cachePath);
    if (!opened.store)
        return AlertAckState::None;
    try {
        store::Database &db = opened.store->database();
        const std::optional<domain::Alert> alert =
            store::Repository<domain::Alert>(db).byId(alertId);
        if (!alert)
            return AlertAckState::None;
        return stateOf(alert->status.raw,
                       store::AnnotationQueue(db).pendingAcks().contains(alertId));
    } catch (const store::SqlError &) {
        return AlertAckState::None;
    }
}

} // namespace yiping::ui
