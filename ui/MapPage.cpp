#include "MapPage.h"

#include "ElidedLabel.h"
#include "MapPageLayers.h"

#include "Breadcrumb.h"
#include "Theme.h"
#include "TimeWindowBar.h"
#include "map/HeatLayer.h"
#include "map/LayerPanel.h"
#include "map/LayerRegistry.h"
#include "map/MapView.h"
#include "map/MetricChooser.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"
#include "map/Symbols.h"
#include "mapdata/Choropleth.h"
#include "mapdata/LayerStyle.h"
#include "mapdata/MetricName.h"
#include "profile/ProfilePanel.h"
#include "search/SearchBox.h"
#include "workspace/TimeWindowModel.h"
#include "workspace/WorkspaceContext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace yiping::ui {

MapPage::MapPage(workspace::WorkspaceContext *workspace, const QString &cityName,
                 const QList<geo::Boundary> &districts, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_cityName(cityName)
    , m_data(new MapDataService(this))
    , m_view(new map::MapView)
    , m_breadcrumb(new widgets::Breadcrumb)
    , m_time(new widgets::TimeWindowBar(workspace->time()))
    , m_layers(new LayerPanel)
    , m_metric(new MetricChooser)
    , m_profile(new ProfilePanel)
    , m_search(new SearchBox)
    , m_status(new ElidedLabel)
    , m_cursor(new QLabel)
    , m_layerScroll(new QScrollArea)
    , m_split(new QSplitter(Qt::Horizontal))
{
    m_view->setDistricts(districts);
    m_view->setDoubleClickZooms(false); // double-click drills down into the grid
    m_breadcrumb->setPath({{QString(), cityName}});

    auto *top = new QHBoxLayout;
    top->setContentsMargins(10, 6, 10, 6);
    top->addWidget(m_breadcrumb, 2);
    top->addWidget(m_status, 1, Qt::AlignRight);
    top->addWidget(m_search, 2);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(420);
    // Status texts give way (elided) before the search box and the breadcrumb.
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(theme::textSecondary.name()));

    auto *mapColumn = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapColumn);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    mapLayout->addWidget(m_view, 1);
    mapLayout->addWidget(m_time);

    m_layerScroll->setWidget(m_layers);
    m_layerScroll->setWidgetResizable(true);
    m_layerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layerScroll->setMinimumWidth(200);
    m_layerScroll->setMaximumWidth(340);

    m_split->addWidget(m_layerScroll);
    m_split->addWidget(mapColumn);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setCollapsible(1, false);
    m_split->setSizes({290, 1200}); // the panel's natural width; the map takes the rest
    // The profile floats over the map's right edge while something is selected, so that
    // selecting never resizes the map under the pointer (a second click of a double-click
    // lands where the first did) and the map keeps its width when nothing is selected.
    m_profile->setParent(m_view);
    m_profile->setAutoFillBackground(true);
    m_profile->hide();
    m_view->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_split, 1);

    // Fixed width with tabular digits, so the coordinates do not jitter as the mouse moves.
    m_cursor->setObjectName(QStringLiteral("cursorCoordinates"));
    m_cursor->setMinimumWidth(240);
    m_cursor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(m_view, &map::MapView::cursorMoved, m_cursor, [this](const QPointF &p) {
        m_cursor->setText(tr("Lon %1°  Lat %2°").arg(p.x(), 0, 'f', 5).arg(p.y(), 0, 'f', 5));
    });
    connect(m_view, &map::MapView::cursorLeft, m_cursor, &QLabel::clear);

    buildLayerPanel();
    createActions();

    connect(m_data, &MapDataService::opened, this, &MapPage::onOpened);
    connect(m_data, &MapDataService::personsReady, this,
            [this](const QList<store::PersonPoint> &persons) {
                m_persons = persons;
                refreshPersons();
            });
    connect(m_data, &MapDataService::sitesReady, this,
            [this](const QList<store::SitePoint> &sites) {
                m_sites = sites;
                m_view->siteLayer()->setSymbols(layerstyle::siteSymbols(sites));
                highlightSelection();
            });
    connect(m_data, &MapDataService::footprintsReady, this,
            [this](const std::shared_ptr<const map::PolygonRenderModel> &model) {
                m_view->siteFootprints()->setModel(model);
            });
    connect(m_data, &MapDataService::gridReady, this, &MapPage::onGrid);
    connect(m_data, &MapDataService::metricReady, this, &MapPage::onMetric);
    connect(m_data, &MapDataService::eventLayersReady, this, &MapPage::onEventLayers);
    connect(m_data, &MapDataService::profileReady, this, &MapPage::onProfile);
    connect(m_data, &MapDataService::failed, this, [this](const QString &error) {
        if (!m_opened)
            m_failed = true;
        if (!m_workspace->primary().isNull())
            m_profile->showError(error);
        Q_EMIT message(error);
    });

    // The breadcrumb's item at `depth` is a region of level depth + 1 (the city at 0).
    connect(m_breadcrumb, &widgets::Breadcrumb::activated, m_workspace,
            [this](int depth, const QString &id) {
                m_workspace->setRegion({depth + 1, depth ? id : QString()});
            });
    connect(m_workspace, &workspace::WorkspaceContext::regionChanged, this, [this] {
        if (m_opened)
            showRegion(m_workspace->region());
    });
    connect(m_workspace->time(), &workspace::TimeWindowModel::windowChanged, this,
            &MapPage::onWindowChanged);
    connect(m_metric, &MetricChooser::metricChanged, this, [this] {
        m_data->requestMetric(m_metric->metric(), m_grid.level, m_workspace->time()->window());
    });
    connectSelection();
}

void MapPage::setCachePath(const QString &cachePath)
{
    m_opened = false;
    m_failed = false;
    m_status->setText(tr("Loading the map data…"));
    m_data->open(cachePath);
    m_search->setCachePath(cachePath);
}

bool MapPage::isBusy() const
{
    return m_data->isBusy() || (!m_data->cachePath().isEmpty() && !m_opened && !m_failed);
}

QList<QWidget *> MapPage::statusWidgets() const
{
    return {m_cursor};
}

void MapPage::setViewerClearance(security::Clearance clearance)
{
    m_clearance = clearance;
    m_search->setViewerClearance(clearance);
    if (const workspace::ItemRef shown = m_workspace->primary(); !shown.isNull())
        m_data->requestProfile(shown.type, shown.id, m_clearance);
}

void MapPage::onOpened(qint64 first, qint64 last)
{
    Q_UNUSED(first);
    // A demo dataset stops at its generation time: "now" is the newest event.
    // Windows end at "now", exclusive: one second past the newest event includes it.
    const qint64 now = last > 0 ? last + 1 : QDateTime::currentSecsSinceEpoch();
    // Before m_opened, so that the window it re-anchors is read once, below.
    m_workspace->time()->setNow(now);
    m_opened = true;
    m_status->clear();
    m_profile->setNow(now);
    const qint64 year = 365 * 86400;
    if (auto events = m_data->events())
        m_time->setHistogram(events->histogram({now - year, now}, 365), now - year, now);
    showRegion(m_workspace->region());
    onWindowChanged();
}

void MapPage::showRegion(const workspace::RegionScope &region)
{
    m_data->requestGrid(std::clamp(region.level + 1, 2, 4), region.id);
}

void MapPage::onGrid(const GridView &grid)
{
    if (grid.regions.isEmpty()) {
        // A cache without the grid (never synced, or regions not pulled yet): the boundary
        // file's districts stay the map, with their labels.
        m_view->gridLayer()->setModel(nullptr);
        m_view->gridLabels()->setModel(nullptr);
        m_view->districtLabels()->setVisible(true);
        return;
    }
    const bool drilled = grid.level != m_grid.level || grid.parentId != m_grid.parentId;
    m_grid = grid;
    if (grid.level == 2 && grid.parentId.isEmpty() && grid.model && m_cityBounds.isEmpty()) {
        // The whole city is known now: the heat raster can cover it.
        m_cityBounds = grid.model->boundsMercator;
        onWindowChanged();
    }
    m_view->gridLayer()->setModel(grid.model);
    m_view->gridLabels()->setModel(grid.model);
    // The grid now draws the districts itself; the boundary file's districts stay as the
    // city's outline for context when the view is inside one district.
    m_view->districtLabels()->setVisible(false);
    m_view->districtLayer()->setFills(QList<QColor>(
        m_view->districtLayer()->model() ? m_view->districtLayer()->model()->features.size() : 0,
        theme::gridFill));

    QList<widgets::Breadcrumb::Item> path{{QString(), m_cityName}};
    for (const store::RegionShape &r : grid.lineage)
        if (r.level >= 2)
            path.append({r.id, r.name});
    m_breadcrumb->setPath(path);
    highlightSelection();
    m_data->requestMetric(m_metric->metric(), grid.level, m_workspace->time()->window());
    m_metricPending = true;
    if (drilled && grid.model && !grid.parentId.isEmpty())
        m_view->fitTo(grid.model->boundsLonLat);
    else if (drilled && grid.model)
        m_view->fitToCity();
}

void MapPage::onMetric(store::RegionMetric metric, int level, const QHash<QString, double> &values)
{
    if (level != m_grid.level)
        return;
    m_metricPending = false;
    QStringList ids;
    ids.reserve(m_grid.regions.size());
    for (const store::RegionShape &r : std::as_const(m_grid.regions))
        ids.append(r.id);
    const Choropleth c = Choropleth::build(
        ids, values,
        metricHighIsGood(metric) ? Choropleth::Sense::HighIsGood : Choropleth::Sense::HighIsWorse);
    m_view->gridLayer()->setFills(c.fills());
    m_view->layerRegistry()->setLegend(maplayer::grid, c.legend(metricTitle(metric), windowText()));
}

void MapPage::onWindowChanged()
{
    if (!m_opened)
        return;
    const store::TimeWindow w = m_workspace->time()->window();
    m_data->requestMetric(m_metric->metric(), m_grid.level, w);
    m_data->requestEventLayers(w, cityMercator(), maplayer::heatRadiusMetres);
    m_view->layerRegistry()->setLegend(maplayer::heat, layerstyle::heatLegend(windowText()));
}

void MapPage::onEventLayers(const EventLayers &layers)
{
    m_events = layers;
    m_view->heatLayer()->setHeat(layers.heat);
    m_view->eventLayer()->setSymbols(layers.symbols);
    highlightSelection();
    m_status->setText(tr("%Ln event(s) in the window", nullptr, int(layers.points.size())));
}

void MapPage::refreshPersons()
{
    m_view->personLayer()->setSymbols(
        layerstyle::personSymbols(m_persons, m_personFilter, &m_personIndex));
    highlightSelection();
}

QRectF MapPage::cityMercator() const
{
    // The districts read from the cache, else those of the boundary file.
    QRectF r = m_cityBounds;
    if (r.isEmpty()) {
        const auto model = m_view->districtLayer()->model();
        if (!model)
            return {};
        r = model->boundsMercator;
    }
    // A margin so the heat fades out instead of being cut at the city's edge.
    return r.adjusted(-r.width() * 0.03, -r.height() * 0.03, r.width() * 0.03, r.height() * 0.03);
}

QString MapPage::windowText() const
{
    const store::TimeWindow w = m_workspace->time()->window();
    const QLocale locale;
    const auto day = [&](qint64 t) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(t).date(), QLocale::ShortFormat);
    };
    return tr("%1 – %2").arg(day(w.from), day(w.to - 1));
}

} // namespace yiping::ui
