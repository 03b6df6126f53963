// The map page's part in acknowledging alerts: what an alert's profile offers (确认 while
// open, 待上传 once acknowledged here) is read from the cache beside the profile, since the
// profile itself carries the status only as translated text.
#include "MapPage.h"

#include "alerts/AlertAcknowledger.h"
#include "profile/ProfilePanel.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace yiping::ui {

void MapPage::readAlertAckState(const QString &alertId)
{
    const int generation = ++m_ackReadGen;
    ++m_ackReads;
    auto *watcher = new QFutureWatcher<AlertAckState>(this);
    connect(watcher, &QFutureWatcher<AlertAckState>::finished, this,
            [this, watcher, alertId, generation] {
                --m_ackReads;
                const store::Profile &shown = m_profile->profile();
                if (generation == m_ackReadGen && shown.type == domain::RefType::Alert &&
                    shown.id == alertId)
                    m_profile->setAlertAckState(watcher->result());
                watcher->deleteLater();
            });
    watcher->setFuture(
        QtConcurrent::run(&AlertAcknowledger::readState, m_data->cachePath(), alertId));
}

void MapPage::setAlertAckState(const QString &alertId, AlertAckState state)
{
    const store::Profile &shown = m_profile->profile();
    if (shown.type != domain::RefType::Alert || shown.id != alertId)
        return;
    ++m_ackReadGen; // newer than any read in flight
    m_profile->setAlertAckState(state);
}

} // namespace yiping::ui
