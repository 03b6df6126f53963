// The map page's alerts: their markers on the map, following the window's alert list, and
// what an alert's profile offers while an ack made here waits for upload.
#include "MapPage.h"

#include "alerts/AlertFilter.h"
#include "alerts/AlertListModel.h"
#include "domain/Levels.h"
#include "geo/WebMercator.h"
#include "map/MapView.h"
#include "map/PointLayer.h"
#include "map/Symbols.h"
#include "profile/ProfilePanel.h"
#include "workspace/WorkspaceContext.h"

namespace yiping::ui {

void MapPage::setAlerts(const AlertListModel *alerts)
{
    m_alerts = alerts;
    connect(alerts, &QAbstractItemModel::modelReset, this, &MapPage::showAlerts);
    connect(alerts, &QAbstractItemModel::rowsInserted, this, &MapPage::showAlerts);
    connect(alerts, &QAbstractItemModel::dataChanged, this, &MapPage::showAlerts);
    // The alert dock's filters are the workspace's: the map shows the alerts the list does.
    connect(m_workspace, &workspace::WorkspaceContext::filterChanged, this, &MapPage::showAlerts);
    showAlerts();
}

void MapPage::showAlerts()
{
    if (!m_alerts)
        return;
    const AlertFilter filter = AlertFilter::readFrom(*m_workspace);
    QList<map::PointLayer::Marker> markers;
    for (const store::ListedAlert &a : m_alerts->alerts()) {
        if (!a.lonLat || !filter.accepts(a))
            continue;
        // A cluster shows its worst member's level.
        const int level = domain::Levels::of(a.alert.level);
        markers.append({geo::WebMercator::project(*a.lonLat), map::riskColour(level),
                        level == domain::Levels::kHighest, level});
    }
    m_view->alertLayer()->setMarkers(std::move(markers));
}

void MapPage::setAlertAckState(const QString &alertId, AlertAckState state)
{
    if (state == AlertAckState::Pending)
        m_ackedHere.insert(alertId);
    else
        m_ackedHere.remove(alertId);
    const store::Profile &shown = m_profile->profile();
    if (shown.type == domain::RefType::Alert && shown.id == alertId)
        m_profile->setAlertAckState(state);
}

} // namespace yiping::ui
