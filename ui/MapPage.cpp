#include "MapPage.h"

#include "Breadcrumb.h"
#include "Theme.h"
#include "TimeWindowBar.h"
#include "geo/WebMercator.h"
#include "map/HeatLayer.h"
#include "map/LayerPanel.h"
#include "map/MapView.h"
#include "map/MetricChooser.h"
#include "map/PersonFilterWidget.h"
#include "map/PointLayer.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"
#include "map/Symbols.h"
#include "mapdata/Choropleth.h"
#include "mapdata/LayerStyle.h"
#include "profile/ProfilePanel.h"
#include "search/SearchBox.h"
#include "store/SearchKind.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace yiping::ui {

namespace {
// Layer keys shared by the panel and the map.
const QString kGrid = QStringLiteral("grid");
const QString kHeat = QStringLiteral("heat");
const QString kEvents = QStringLiteral("events");
const QString kSites = QStringLiteral("sites");
const QString kPersons = QStringLiteral("persons");
const QString kAlerts = QStringLiteral("alerts");

constexpr double kHeatRadiusMetres = 800;
constexpr double kEventsMinZoom = 14; // points take over from heat at street zoom
constexpr double kFootprintsMinZoom = 15;

domain::RefType refTypeOf(store::SearchKind kind)
{
    switch (kind) {
    case store::SearchKind::Person:
        return domain::RefType::Person;
    case store::SearchKind::Site:
        return domain::RefType::Site;
    case store::SearchKind::Org:
        return domain::RefType::Org;
    case store::SearchKind::Case:
        return domain::RefType::Case;
    case store::SearchKind::Event:
        return domain::RefType::Event;
    case store::SearchKind::Region:
        return domain::RefType::Region;
    }
    return domain::RefType::Unknown;
}

} // namespace

MapPage::MapPage(const QString &cityName, const QList<geo::Boundary> &districts, QWidget *parent)
    : Page(parent)
    , m_cityName(cityName)
    , m_data(new MapDataService(this))
    , m_view(new map::MapView)
    , m_breadcrumb(new widgets::Breadcrumb)
    , m_time(new widgets::TimeWindowBar)
    , m_layers(new LayerPanel)
    , m_metric(new MetricChooser)
    , m_profile(new ProfilePanel)
    , m_search(new SearchBox)
    , m_status(new QLabel)
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
    // Status texts give way before the search box and the breadcrumb on a narrow window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(theme::textSecondary.name()));

    auto *mapColumn = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapColumn);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    mapLayout->addWidget(m_view, 1);
    mapLayout->addWidget(m_time);

    auto *layerScroll = new QScrollArea;
    layerScroll->setWidget(m_layers);
    layerScroll->setWidgetResizable(true);
    layerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layerScroll->setMinimumWidth(200);
    layerScroll->setMaximumWidth(340);

    m_split->addWidget(layerScroll);
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

    buildLayerPanel();

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
        if (!m_profileId.isEmpty())
            m_profile->showError(error);
        Q_EMIT message(error);
    });

    connect(m_view, &map::MapView::clicked, this,
            [this](const QPointF &screen, const QPointF &lonLat, Qt::KeyboardModifiers) {
                onClicked(screen, lonLat);
            });
    connect(m_view, &map::MapView::doubleClicked, this, &MapPage::onDoubleClicked);
    connect(m_breadcrumb, &widgets::Breadcrumb::activated, this,
            [this](int depth, const QString &id) { showLevel(depth + 2, depth ? id : QString()); });
    connect(m_time, &widgets::TimeWindowBar::windowChanged, this, &MapPage::onWindowChanged);
    connect(m_metric, &MetricChooser::metricChanged, this,
            [this] { m_data->requestMetric(m_metric->metric(), m_grid.level, m_time->window()); });
    connect(m_profile, &ProfilePanel::linkActivated, this, &MapPage::openProfile);
    connect(m_profile, &ProfilePanel::closed, this, [this] {
        clearSelection();
        m_profile->hide();
        m_profileId.clear();
    });
    connect(m_profile, &ProfilePanel::noteRequested, this,
            [this](domain::RefType type, const QString &id, const QString &text) {
                m_data->addNote(type, id, text, m_author, m_clearance);
            });
    connect(m_search, &SearchBox::resultChosen, this, [this](const store::SearchHit &hit) {
        if (hit.location)
            m_view->flyTo(*hit.location, hit.kind == store::SearchKind::Region ? 13 : 16);
        openProfile(refTypeOf(hit.kind), hit.id);
    });
}

void MapPage::buildLayerPanel()
{
    m_layers->addLayer(kGrid, tr("Grid"), true, 1.0);
    m_layers->setFilterWidget(kGrid, m_metric);
    m_layers->addLayer(kHeat, tr("Event heat"), true, 0.85);
    m_layers->setLegend(kHeat, layerstyle::heatLegend(windowText()));
    m_layers->addLayer(kEvents, tr("Events"), true, 1.0);
    m_layers->setLegend(kEvents, layerstyle::eventLegend());
    m_layers->addLayer(kSites, tr("Key sites"), true, 1.0);
    m_layers->setLegend(kSites, layerstyle::siteLegend());
    m_layers->addLayer(kPersons, tr("Key persons"), true, 1.0);
    m_layers->setLegend(kPersons, layerstyle::personLegend());
    auto *personFilter = new PersonFilterWidget;
    m_layers->setFilterWidget(kPersons, personFilter);
    connect(personFilter, &PersonFilterWidget::filterChanged, this,
            [this](const PersonFilter &filter) {
                m_personFilter = filter;
                refreshPersons();
            });
    m_layers->addLayer(kAlerts, tr("Alerts"), true, 1.0);
    m_layers->setLegend(kAlerts, layerstyle::alertLegend());

    m_view->heatLayer()->setOpacity(0.85);
    m_view->heatLayer()->setMaxZoom(kEventsMinZoom + 1);
    m_view->eventLayer()->setMinZoom(kEventsMinZoom);
    m_view->siteFootprints()->setMinZoom(kFootprintsMinZoom);
    m_view->personLayer()->setClustered(true);
    m_view->siteLayer()->setClustered(true);
    m_view->siteLayer()->setClusterShape(map::Shape::Hexagon);
    connect(m_layers, &LayerPanel::visibilityChanged, this, &MapPage::setLayerVisible);
    connect(m_layers, &LayerPanel::opacityChanged, this, &MapPage::setLayerOpacity);
}

void MapPage::setLayerVisible(const QString &key, bool visible)
{
    if (key == kGrid) {
        m_view->gridLayer()->setVisible(visible);
        m_view->gridLabels()->setVisible(visible);
    } else if (key == kHeat) {
        m_view->heatLayer()->setVisible(visible);
    } else if (key == kEvents) {
        m_view->eventLayer()->setVisible(visible);
    } else if (key == kSites) {
        m_view->siteLayer()->setVisible(visible);
        m_view->siteFootprints()->setVisible(visible);
    } else if (key == kPersons) {
        m_view->personLayer()->setVisible(visible);
    } else if (key == kAlerts) {
        m_view->alertLayer()->setVisible(visible);
    }
}

void MapPage::setLayerOpacity(const QString &key, double opacity)
{
    if (key == kGrid)
        m_view->gridLayer()->setOpacity(opacity);
    else if (key == kHeat)
        m_view->heatLayer()->setOpacity(opacity);
    else if (key == kEvents)
        m_view->eventLayer()->setOpacity(opacity);
    else if (key == kSites) {
        m_view->siteLayer()->setOpacity(opacity);
        m_view->siteFootprints()->setOpacity(opacity);
    } else if (key == kPersons)
        m_view->personLayer()->setOpacity(opacity);
    else if (key == kAlerts)
        m_view->alertLayer()->setOpacity(opacity);
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

void MapPage::setViewerClearance(security::Clearance clearance)
{
    m_clearance = clearance;
    if (!m_profileId.isEmpty())
        m_data->requestProfile(m_profileType, m_profileId, m_clearance);
}

void MapPage::onOpened(qint64 first, qint64 last)
{
    Q_UNUSED(first);
    m_opened = true;
    m_status->clear();
    // A demo dataset stops at its generation time: "now" is the newest event.
    // Windows end at "now", exclusive: one second past the newest event includes it.
    const qint64 now = last > 0 ? last + 1 : QDateTime::currentSecsSinceEpoch();
    m_time->setNow(now);
    m_profile->setNow(now);
    const qint64 year = 365 * 86400;
    if (auto events = m_data->events())
        m_time->setHistogram(events->histogram({now - year, now}, 365), now - year, now);
    showLevel(2, QString());
    onWindowChanged();
}

void MapPage::showLevel(int level, const QString &regionId)
{
    clearSelection();
    m_data->requestGrid(std::clamp(level, 2, 4), regionId);
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
    m_data->requestMetric(m_metric->metric(), grid.level, m_time->window());
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
    const Choropleth c = Choropleth::build(ids, values);
    m_view->gridLayer()->setFills(c.fills());
    m_layers->setLegend(kGrid, c.legend(store::metricName(metric), windowText()));
}

void MapPage::onWindowChanged()
{
    if (!m_opened)
        return;
    const store::TimeWindow w = m_time->window();
    m_data->requestMetric(m_metric->metric(), m_grid.level, w);
    m_data->requestEventLayers(w, cityMercator(), kHeatRadiusMetres);
    m_layers->setLegend(kHeat, layerstyle::heatLegend(windowText()));
}

void MapPage::onEventLayers(const EventLayers &layers)
{
    m_events = layers;
    m_view->heatLayer()->setHeat(layers.heat);
    m_view->eventLayer()->setSymbols(layers.symbols);
    m_status->setText(tr("%Ln event(s) in the window", nullptr, int(layers.points.size())));
}

void MapPage::refreshPersons()
{
    m_view->personLayer()->setSymbols(
        layerstyle::personSymbols(m_persons, m_personFilter, &m_personIndex));
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
    const store::TimeWindow w = m_time->window();
    const QLocale locale;
    const auto day = [&](qint64 t) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(t).date(), QLocale::ShortFormat);
    };
    return tr("%1 – %2").arg(day(w.from), day(w.to - 1));
}

void MapPage::onClicked(const QPointF &screen, const QPointF &lonLat)
{
    Q_UNUSED(lonLat);
    // Topmost first: what is drawn above takes the click.
    const auto pick = [&](map::SymbolLayer *layer) -> QList<int> {
        if (!layer->isVisible() || m_view->viewport().zoom() < layer->minZoom())
            return {};
        return layer->indicesAt(screen);
    };
    const auto clusterOrOne = [&](map::SymbolLayer *layer, const QList<int> &hits,
                                  const std::function<void(int)> &open) {
        if (hits.size() == 1) {
            clearSelection();
            layer->setSelectedIndex(hits.first());
            open(hits.first());
        } else {
            // A cluster: zoom in on it until it splits.
            m_view->flyTo(lonLat, std::min(19.0, m_view->viewport().zoom() + 2));
        }
    };
    if (const QList<int> hits = pick(m_view->personLayer()); !hits.isEmpty()) {
        clusterOrOne(m_view->personLayer(), hits, [this](int i) {
            const int person = m_personIndex.value(i, -1);
            if (person >= 0)
                openProfile(domain::RefType::Person, m_persons[person].id);
        });
        return;
    }
    if (const QList<int> hits = pick(m_view->siteLayer()); !hits.isEmpty()) {
        clusterOrOne(m_view->siteLayer(), hits,
                     [this](int i) { openProfile(domain::RefType::Site, m_sites.value(i).id); });
        return;
    }
    if (const QList<int> hits = pick(m_view->eventLayer()); !hits.isEmpty()) {
        clusterOrOne(m_view->eventLayer(), hits, [this](int i) {
            if (m_data->events() && i < m_events.points.size())
                openProfile(domain::RefType::Event, m_data->events()->idAt(m_events.points[i].row));
        });
        return;
    }
    const auto model = m_view->gridLayer()->model();
    if (model && m_view->gridLayer()->isVisible()) {
        const int f = model->featureAt(m_view->viewport(), screen);
        if (f >= 0 && f < m_grid.regions.size()) {
            clearSelection();
            m_view->gridLayer()->setSelectedIndex(f);
            openProfile(domain::RefType::Region, m_grid.regions[f].id);
            return;
        }
    }
    // A click on nothing closes the profile.
    clearSelection();
    m_profile->hide();
    m_profileId.clear();
}

void MapPage::onDoubleClicked(const QPointF &screen, const QPointF &lonLat)
{
    const auto model = m_view->gridLayer()->model();
    const int f = model ? model->featureAt(m_view->viewport(), screen) : -1;
    if (f >= 0 && f < m_grid.regions.size() && m_grid.level < 4) {
        showLevel(m_grid.level + 1, m_grid.regions[f].id);
        return;
    }
    // The finest level, or outside the grid: a plain zoom, as everywhere else on the map.
    m_view->flyTo(lonLat, std::min(19.0, m_view->viewport().zoom() + 1));
}

void MapPage::openProfile(domain::RefType type, const QString &id)
{
    if (id.isEmpty())
        return;
    m_profileType = type;
    m_profileId = id;
    m_profile->showLoading();
    placeProfile();
    m_profile->show();
    m_profile->raise();
    m_data->requestProfile(type, id, m_clearance);
}

void MapPage::onProfile(const store::Profile &profile)
{
    m_profile->setProfile(profile);
    // Highlight what the profile is about when the map shows it.
    if (profile.type == domain::RefType::Region) {
        for (qsizetype i = 0; i < m_grid.regions.size(); ++i)
            if (m_grid.regions[i].id == profile.id)
                m_view->gridLayer()->setSelectedIndex(int(i));
    } else if (profile.type == domain::RefType::Person) {
        for (qsizetype i = 0; i < m_personIndex.size(); ++i)
            if (m_persons[m_personIndex[i]].id == profile.id)
                m_view->personLayer()->setSelectedIndex(int(i));
    } else if (profile.type == domain::RefType::Site) {
        for (qsizetype i = 0; i < m_sites.size(); ++i)
            if (m_sites[i].id == profile.id)
                m_view->siteLayer()->setSelectedIndex(int(i));
    }
    // An object off screen (a search result, a link) is brought into view.
    const geo::MapViewport vp = m_view->viewport();
    if (profile.lonLat) {
        const QPointF s = vp.lonLatToScreen(*profile.lonLat);
        if (!QRectF(QPointF(0, 0), QSizeF(m_view->size())).contains(s))
            m_view->flyTo(*profile.lonLat, std::max(vp.zoom(), 15.0));
    } else if (!profile.shape.isEmpty() && profile.type == domain::RefType::Region) {
        const QRectF b = geo::boundsOf(profile.shape);
        const QPointF c = vp.lonLatToScreen(b.center());
        if (!QRectF(QPointF(0, 0), QSizeF(m_view->size())).contains(c))
            m_view->fitTo(b);
    }
}

bool MapPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        placeProfile();
    return Page::eventFilter(watched, event);
}

void MapPage::placeProfile()
{
    constexpr int margin = 10;
    const int width = std::min(380, m_view->width() / 2);
    m_profile->setGeometry(m_view->width() - width - margin, margin, width,
                           m_view->height() - 2 * margin);
}

void MapPage::clearSelection()
{
    m_view->gridLayer()->setSelectedIndex(-1);
    m_view->personLayer()->setSelectedIndex(-1);
    m_view->siteLayer()->setSelectedIndex(-1);
    m_view->eventLayer()->setSelectedIndex(-1);
}

void MapPage::exportImage()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map as Image"),
                                                      dir + QStringLiteral("/yiping-map.png"),
                                                      tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->exportImage(path, QSize(4000, 2500), &error))
        Q_EMIT message(tr("The map was not exported: %1").arg(error));
    else
        Q_EMIT message(tr("Map exported to %1").arg(path));
}

void MapPage::exportPdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map as PDF"),
                                                      dir + QStringLiteral("/yiping-map.pdf"),
                                                      tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->exportPdf(path, &error))
        Q_EMIT message(tr("The map was not exported: %1").arg(error));
    else
        Q_EMIT message(tr("Map exported to %1").arg(path));
}

} // namespace yiping::ui
