// The map page's layer panel: which of the map's layer groups it lists, their legends,
// and the zooms at which the layers hand over to one another.
#include "MapPageLayers.h"
#include "MapPage.h"

#include "map/HeatLayer.h"
#include "map/LayerPanel.h"
#include "map/LayerRegistry.h"
#include "map/MapView.h"
#include "map/MetricChooser.h"
#include "map/PersonFilterWidget.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"
#include "map/Symbols.h"
#include "mapdata/LayerStyle.h"
#include "workspace/WorkspaceContext.h"

namespace yiping::ui {

void MapPage::buildLayerPanel()
{
    map::LayerRegistry *layers = m_view->layerRegistry();
    layers->setLegend(maplayer::heat, layerstyle::heatLegend(windowText()));
    layers->setLegend(maplayer::events, layerstyle::eventLegend());
    layers->setLegend(maplayer::sites, layerstyle::siteLegend());
    layers->setLegend(maplayer::persons, layerstyle::personLegend());
    layers->setLegend(maplayer::alerts, layerstyle::alertLegend());
    m_layers->followRegistry(layers);

    m_layers->addLayer(maplayer::grid, tr("Grid"), true, 1.0);
    m_layers->setFilterWidget(maplayer::grid, m_metric);
    // On together the heat hides the choropleth: the heat is a preset of its own (事件).
    m_layers->addLayer(maplayer::heat, tr("Event heat"), false, 0.85);
    m_layers->addLayer(maplayer::events, tr("Events"), true, 1.0);
    m_layers->addLayer(maplayer::sites, tr("Key sites"), false, 1.0);
    m_layers->addLayer(maplayer::persons, tr("Key persons"), false, 1.0);
    // The persons' filter is the workspace's: the widget writes it, and the layer (and the
    // widget) follow it whoever wrote it.
    auto *personFilter = new PersonFilterWidget;
    m_layers->setFilterWidget(maplayer::persons, personFilter);
    connect(personFilter, &PersonFilterWidget::filterChanged, m_workspace,
            [this](const PersonFilter &filter) { filter.writeTo(*m_workspace); });
    const auto followFilter = [this, personFilter] {
        const PersonFilter filter = PersonFilter::readFrom(*m_workspace);
        personFilter->setFilter(filter);
        if (filter == m_personFilter)
            return;
        m_personFilter = filter;
        refreshPersons();
    };
    // Any key: the persons' three are read again, and nothing is redrawn if they are as
    // they were.
    connect(m_workspace, &workspace::WorkspaceContext::filterChanged, personFilter, followFilter);
    m_personFilter = PersonFilter::readFrom(*m_workspace);
    personFilter->setFilter(m_personFilter);
    m_layers->addLayer(maplayer::alerts, tr("Alerts"), true, 1.0);

    // What reads together at city zoom, as a person at the wall would look: the grid's
    // metric with the alerts (and the events once zoomed to the streets), or one subject
    // over it. The first is how the map opens.
    m_layers->addPreset(tr("Overview"), {maplayer::grid, maplayer::events, maplayer::alerts});
    m_layers->addPreset(tr("Key persons"), {maplayer::grid, maplayer::persons, maplayer::alerts});
    m_layers->addPreset(tr("Events"), {maplayer::heat, maplayer::events, maplayer::alerts});
    m_layers->addPreset(tr("Key sites"), {maplayer::grid, maplayer::sites, maplayer::alerts});

    m_view->heatLayer()->setMaxZoom(maplayer::eventsMinZoom + 1);
    m_view->eventLayer()->setMinZoom(maplayer::eventsMinZoom);
    m_view->siteFootprints()->setMinZoom(maplayer::footprintsMinZoom);
    m_view->siteLayer()->setClusterShape(map::Shape::Hexagon);
}

} // namespace yiping::ui
