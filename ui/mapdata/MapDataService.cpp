#include "mapdata/MapDataService.h"

#include "Theme.h"
#include "geo/LabelPoint.h"
#include "geo/WebMercator.h"
#include "mapdata/LayerStyle.h"
#include "security/ProfileMasking.h"
#include "store/AnnotationQueue.h"
#include "store/ProfileReader.h"
#include "store/Store.h"

namespace yiping::ui {

namespace {

// What open() reads once for every view.
struct Opened
{
    QList<store::PersonPoint> persons;
    QList<store::SitePoint> sites;
    std::shared_ptr<const store::EventSet> events;
    std::shared_ptr<const map::PolygonRenderModel> footprints;
};

// The map's readers exist once open() has read the cache; until then (or after it failed)
// requests have nothing to read and answer nothing, as the page expects.
store::MapData *mapData(read::ReadContext &c)
{
    return c.find<store::MapData>();
}

} // namespace

MapDataService::MapDataService(QObject *parent)
    : QObject(parent)
    , m_reads(QStringLiteral("map-data"))
{}

MapDataService::~MapDataService() = default;

void MapDataService::open(const QString &cachePath)
{
    m_reads.setCachePath(cachePath);
    m_reads.request(
        QStringLiteral("open"),
        [](read::ReadContext &c) {
            Opened o;
            try {
                store::MapData &data = c.get<store::MapData>();
                o.persons = data.persons();
                o.sites = data.sites();
                o.events = data.events();
            } catch (const store::SqlError &e) {
                c.close(); // nothing is ready: later requests answer nothing
                throw read::ReadError(tr("The cache cannot be read: %1").arg(e.message()));
            }
            QList<geo::Boundary> outlines;
            for (const store::SitePoint &s : std::as_const(o.sites))
                if (!s.footprint.isEmpty())
                    outlines.append({s.id, QString(), s.footprint, s.lonLat, 0});
            o.footprints = map::PolygonRenderModel::build(outlines, theme::footprintFill,
                                                          theme::footprintLine);
            return o;
        },
        [this](const read::ReadResult<Opened> &r) {
            if (!r.ok()) {
                Q_EMIT failed(r.error);
                return;
            }
            m_events = r->events;
            Q_EMIT personsReady(r->persons);
            Q_EMIT sitesReady(r->sites);
            Q_EMIT footprintsReady(r->footprints);
            Q_EMIT opened(r->events->first(), r->events->last());
        });
}

void MapDataService::requestGrid(int level, const QString &parentId)
{
    m_reads.request(
        QStringLiteral("grid"),
        [level, parentId](read::ReadContext &c) -> std::optional<GridView> {
            store::MapData *data = mapData(c);
            if (!data)
                return std::nullopt;
            GridView grid;
            grid.level = level;
            grid.parentId = parentId;
            grid.regions = data->regions(level, parentId);
            if (!parentId.isEmpty())
                grid.lineage = data->lineage(parentId);
            QList<geo::Boundary> boundaries;
            boundaries.reserve(grid.regions.size());
            for (const store::RegionShape &r : std::as_const(grid.regions))
                boundaries.append({r.code, r.name, r.geometry, geo::labelPoint(r.geometry), 0});
            // Districts get firm 1.5 px boundaries; towns and cells quiet hairlines (visual
            // rules), which are also what keeps a pan over 3,000 cells cheap.
            const bool fine = level >= 3;
            grid.model = map::PolygonRenderModel::build(
                boundaries, fine ? theme::gridFill : theme::districtFill,
                fine ? theme::gridLine : theme::districtLine, fine ? 13 : 15, fine ? 1.0 : 1.5);
            return grid;
        },
        [this](const read::ReadResult<std::optional<GridView>> &r) {
            if (!r.ok())
                Q_EMIT failed(r.error);
            else if (*r)
                Q_EMIT gridReady(**r);
        });
}

void MapDataService::requestMetric(store::RegionMetric metric, int level,
                                   const store::TimeWindow &window)
{
    using Values = std::optional<QHash<QString, double>>;
    m_reads.request(
        QStringLiteral("metric"),
        [metric, level, window](read::ReadContext &c) -> Values {
            store::MapData *data = mapData(c);
            if (!data)
                return std::nullopt;
            return data->metric(metric, level, window);
        },
        [this, metric, level](const read::ReadResult<Values> &r) {
            if (!r.ok())
                Q_EMIT failed(r.error);
            else if (*r)
                Q_EMIT metricReady(metric, level, **r);
        });
}

void MapDataService::requestEventLayers(const store::TimeWindow &window, const QRectF &mercatorArea,
                                        double radiusMetres)
{
    if (!m_events || mercatorArea.isEmpty())
        return;
    // Pure computation over immutable data: the pool, not the database thread.
    m_reads.compute(
        QStringLiteral("events"),
        [events = m_events, window, mercatorArea, radiusMetres] {
            EventLayers layers;
            layers.window = window;
            layers.points = events->inWindow(window);
            // Cells of a quarter radius: smooth enough, and ~10^5 cells for a city.
            const QPointF centre = geo::WebMercator::unproject(mercatorArea.center());
            const double metresPerUnit =
                geo::WebMercator::metresPerPixel(centre.y(), 0) * geo::WebMercator::kTileSize;
            const double cell = radiusMetres / 4 / metresPerUnit;
            auto heat = std::make_shared<analysis::HeatGrid>(mercatorArea, cell, radiusMetres);
            for (const store::EventPoint &p : std::as_const(layers.points))
                heat->add(p.mercator, 1.0f + 0.5f * float(std::max(0, p.severity - 1)));
            layers.heat = std::move(heat);
            layers.symbols = layerstyle::eventSymbols(layers.points);
            return layers;
        },
        [this](const read::ReadResult<EventLayers> &r) {
            if (r.ok())
                Q_EMIT eventLayersReady(*r);
        });
}

void MapDataService::requestProfile(domain::RefType type, const QString &id,
                                    security::Clearance viewer)
{
    // Whether the record was found, once the cache is ready.
    using Answer = std::optional<std::optional<store::Profile>>;
    m_reads.request(
        QStringLiteral("profile"),
        [type, id, viewer](read::ReadContext &c) -> Answer {
            if (!mapData(c))
                return std::nullopt;
            std::optional<store::Profile> profile = c.get<store::ProfileReader>().read(type, id);
            // The masking policy applies as the record leaves the cache for the panel.
            if (profile)
                profile = security::ProfileMasking::forViewer(std::move(*profile), viewer);
            return profile;
        },
        [this](const read::ReadResult<Answer> &r) {
            if (!r.ok())
                Q_EMIT failed(r.error);
            else if (!*r)
                return;
            else if (**r)
                Q_EMIT profileReady(***r);
            else
                Q_EMIT failed(tr("That record is not in the local cache."));
        });
}

void MapDataService::addNote(domain::RefType type, const QString &id, const QString &text,
                             const QString &author, security::Clearance viewer)
{
    // Not keyed: a note is never superseded by the next one.
    m_reads.request(
        QString(),
        [type, id, text, author](read::ReadContext &c) {
            if (!mapData(c))
                return false;
            const domain::Annotation note =
                store::AnnotationQueue::make(type, id, domain::AnnotationKind::Note, author, text);
            try {
                store::AnnotationQueue(c.store().database()).enqueue(note, 0);
            } catch (const store::SqlError &e) {
                throw read::ReadError(tr("The note was not saved: %1").arg(e.message()));
            }
            return true;
        },
        [this](const read::ReadResult<bool> &r) {
            if (!r.ok())
                Q_EMIT failed(r.error);
        });
    requestProfile(type, id, viewer);
}

} // namespace yiping::ui
