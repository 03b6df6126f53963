// The map page's layer panel: which layers it lists, and how its switches and sliders
// reach the map's layers.
#include "MapPageLayers.h"
#include "MapPage.h"

#include "map/HeatLayer.h"
#include "map/LayerPanel.h"
#include "map/MapView.h"
#include "map/MetricChooser.h"
#include "map/PersonFilterWidget.h"
#include "map/PointLayer.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"
#include "map/Symbols.h"
#include "mapdata/LayerStyle.h"

namespace yiping::ui {

void MapPage::buildLayerPanel()
{
    m_layers->addLayer(maplayer::grid, tr("Grid"), true, 1.0);
    m_layers->setFilterWidget(maplayer::grid, m_metric);
    m_layers->addLayer(maplayer::heat, tr("Event heat"), true, 0.85);
    m_layers->setLegend(maplayer::heat, layerstyle::heatLegend(windowText()));
    m_layers->addLayer(maplayer::events, tr("Events"), true, 1.0);
    m_layers->setLegend(maplayer::events, layerstyle::eventLegend());
    m_layers->addLayer(maplayer::sites, tr("Key sites"), true, 1.0);
    m_layers->setLegend(maplayer::sites, layerstyle::siteLegend());
    m_layers->addLayer(maplayer::persons, tr("Key persons"), true, 1.0);
    m_layers->setLegend(maplayer::persons, layerstyle::personLegend());
    auto *personFilter = new PersonFilterWidget;
    m_layers->setFilterWidget(maplayer::persons, personFilter);
    connect(personFilter, &PersonFilterWidget::filterChanged, this,
            [this](const PersonFilter &filter) {
                m_personFilter = filter;
                refreshPersons();
            });
    m_layers->addLayer(maplayer::alerts, tr("Alerts"), true, 1.0);
    m_layers->setLegend(maplayer::alerts, layerstyle::alertLegend());

    m_view->heatLayer()->setOpacity(0.85);
    m_view->heatLayer()->setMaxZoom(maplayer::eventsMinZoom + 1);
    m_view->eventLayer()->setMinZoom(maplayer::eventsMinZoom);
    m_view->siteFootprints()->setMinZoom(maplayer::footprintsMinZoom);
    m_view->personLayer()->setClustered(true);
    m_view->siteLayer()->setClustered(true);
    m_view->siteLayer()->setClusterShape(map::Shape::Hexagon);
    connect(m_layers, &LayerPanel::visibilityChanged, this, &MapPage::setLayerVisible);
    connect(m_layers, &LayerPanel::opacityChanged, this, &MapPage::setLayerOpacity);
}

void MapPage::setLayerVisible(const QString &key, bool visible)
{
    if (key == maplayer::grid) {
        m_view->gridLayer()->setVisible(visible);
        m_view->gridLabels()->setVisible(visible);
    } else if (key == maplayer::heat) {
        m_view->heatLayer()->setVisible(visible);
    } else if (key == maplayer::events) {
        m_view->eventLayer()->setVisible(visible);
    } else if (key == maplayer::sites) {
        m_view->siteLayer()->setVisible(visible);
        m_view->siteFootprints()->setVisible(visible);
    } else if (key == maplayer::persons) {
        m_view->personLayer()->setVisible(visible);
    } else if (key == maplayer::alerts) {
        m_view->alertLayer()->setVisible(visible);
    }
}

void MapPage::setLayerOpacity(const QString &key, double opacity)
{
    if (key == maplayer::grid)
        m_view->gridLayer()->setOpacity(opacity);
    else if (key == maplayer::heat)
        m_view->heatLayer()->setOpacity(opacity);
    else if (key == maplayer::events)
        m_view->eventLayer()->setOpacity(opacity);
    else if (key == maplayer::sites) {
        m_view->siteLayer()->setOpacity(opacity);
        m_view->siteFootprints()->setOpacity(opacity);
    } else if (key == maplayer::persons)
        m_view->personLayer()->setOpacity(opacity);
    else if (key == maplayer::alerts)
        m_view->alertLayer()->setOpacity(opacity);
}

} // namespace yiping::ui
