#include "mapdata/MapDataService.h"

#include "Theme.h"
#include "geo/LabelPoint.h"
#include "geo/WebMercator.h"
#include "mapdata/LayerStyle.h"
#include "security/ProfileMasking.h"
#include "store/AnnotationQueue.h"
#include "store/ProfileReader.h"
#include "store/Store.h"

#include <QtConcurrentRun>

namespace yiping::ui {

struct MapDataService::Worker
{
    std::unique_ptr<store::Store> store;
    std::unique_ptr<store::MapData> data;
    std::unique_ptr<store::ProfileReader> profiles;
    QString error;

    bool ready() const { return data != nullptr; }
};

MapDataService::MapDataService(QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_worker(std::make_shared<Worker>())
{
    m_thread.setObjectName(QStringLiteral("map-data"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

MapDataService::~MapDataService()
{
    // The worker's last job may still run: let it end before its objects go.
    m_thread.quit();
    m_thread.wait();
}

template<typename Work> void MapDataService::onWorker(Work work)
{
    ++m_inFlight;
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

// Runs on the GUI thread, unless this service is gone by then (the event is dropped).
template<typename Deliver> void MapDataService::toGui(Deliver deliver)
{
    QMetaObject::invokeMethod(
        this,
        [this, deliver = std::move(deliver)]() mutable {
            --m_inFlight;
            deliver();
        },
        Qt::QueuedConnection);
}

void MapDataService::open(const QString &cachePath)
{
    m_path = cachePath;
    auto worker = m_worker;
    onWorker([this, worker, cachePath] {
        worker->profiles.reset();
        worker->data.reset();
        worker->store.reset();
        store::Store::OpenResult result = store::Store::open(cachePath);
        if (!result.store) {
            const QString error = result.error;
            toGui([this, error] { Q_EMIT failed(error); });
            return;
        }
        worker->store = std::move(result.store);
        try {
            worker->data = std::make_unique<store::MapData>(worker->store->database());
            worker->profiles = std::make_unique<store::ProfileReader>(worker->store->database());
            const QList<store::PersonPoint> persons = worker->data->persons();
            const QList<store::SitePoint> sites = worker->data->sites();
            const std::shared_ptr<const store::EventSet> events = worker->data->events();
            QList<geo::Boundary> outlines;
            for (const store::SitePoint &s : sites)
                if (!s.footprint.isEmpty())
                    outlines.append({s.id, QString(), s.footprint, s.lonLat, 0});
            const auto footprints = map::PolygonRenderModel::build(outlines, theme::footprintFill,
                                                                   theme::footprintLine);
            toGui([this, persons, sites, events, footprints] {
                m_events = events;
                Q_EMIT personsReady(persons);
                Q_EMIT sitesReady(sites);
                Q_EMIT footprintsReady(footprints);
                Q_EMIT opened(events->first(), events->last());
            });
        } catch (const store::SqlError &e) {
            worker->data.reset();
            const QString error = tr("The cache cannot be read: %1").arg(e.message());
            toGui([this, error] { Q_EMIT failed(error); });
        }
    });
}

void MapDataService::requestGrid(int level, const QString &parentId)
{
    const int gen = ++m_gridGen;
    auto worker = m_worker;
    onWorker([this, worker, level, parentId, gen] {
        if (!worker->ready())
            return toGui([] {});
        GridView grid;
        grid.level = level;
        grid.parentId = parentId;
        try {
            grid.regions = worker->data->regions(level, parentId);
            if (!parentId.isEmpty())
                grid.lineage = worker->data->lineage(parentId);
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
        } catch (const store::SqlError &e) {
            const QString error = e.message();
            return toGui([this, error] { Q_EMIT failed(error); });
        }
        toGui([this, grid, gen] {
            if (gen == m_gridGen)
                Q_EMIT gridReady(grid);
        });
    });
}

void MapDataService::requestMetric(store::RegionMetric metric, int level,
                                   const store::TimeWindow &window)
{
    const int gen = ++m_metricGen;
    auto worker = m_worker;
    onWorker([this, worker, metric, level, window, gen] {
        if (!worker->ready())
            return toGui([] {});
        QHash<QString, double> values;
        try {
            values = worker->data->metric(metric, level, window);
        } catch (const store::SqlError &e) {
            const QString error = e.message();
            return toGui([this, error] { Q_EMIT failed(error); });
        }
        toGui([this, metric, level, values, gen] {
            if (gen == m_metricGen)
                Q_EMIT metricReady(metric, level, values);
        });
    });
}

void MapDataService::requestEventLayers(const store::TimeWindow &window, const QRectF &mercatorArea,
                                        double radiusMetres)
{
    if (!m_events || mercatorArea.isEmpty())
        return;
    const int gen = ++m_eventGen;
    ++m_inFlight;
    // Pure computation over immutable data: the thread pool, not the database thread.
    auto events = m_events;
    auto *self = this;
    (void)QtConcurrent::run([self, events, window, mercatorArea, radiusMetres, gen] {
        EventLayers layers;
        layers.window = window;
        layers.points = events->inWindow(window);
        // Cells of a quarter radius: smooth enough, and ~10^5 cells for a city.
        const double radius = radiusMetres;
        const QPointF centre = geo::WebMercator::unproject(mercatorArea.center());
        const double metresPerUnit =
            geo::WebMercator::metresPerPixel(centre.y(), 0) * geo::WebMercator::kTileSize;
        const double cell = radius / 4 / metresPerUnit;
        auto heat = std::make_shared<analysis::HeatGrid>(mercatorArea, cell, radius);
        for (const store::EventPoint &p : layers.points)
            heat->add(p.mercator, 1.0f + 0.5f * float(std::max(0, p.severity - 1)));
        layers.heat = std::move(heat);
        layers.symbols = layerstyle::eventSymbols(layers.points);
        QMetaObject::invokeMethod(
            self,
            [self, layers, gen] {
                --self->m_inFlight;
                if (gen == self->m_eventGen)
                    Q_EMIT self->eventLayersReady(layers);
            },
            Qt::QueuedConnection);
    });
}

void MapDataService::requestProfile(domain::RefType type, const QString &id,
                                    security::Clearance viewer)
{
    const int gen = ++m_profileGen;
    auto worker = m_worker;
    onWorker([this, worker, type, id, viewer, gen] {
        if (!worker->ready())
            return toGui([] {});
        std::optional<store::Profile> profile;
        try {
            // The masking policy applies as the record leaves the cache for the panel.
            if (auto read = worker->profiles->read(type, id))
                profile = security::ProfileMasking::forViewer(std::move(*read), viewer);
        } catch (const store::SqlError &e) {
            const QString error = e.message();
            return toGui([this, error] { Q_EMIT failed(error); });
        }
        toGui([this, profile, gen] {
            if (gen != m_profileGen)
                return;
            if (profile)
                Q_EMIT profileReady(*profile);
            else
                Q_EMIT failed(tr("That record is not in the local cache."));
        });
    });
}

void MapDataService::requestRegionAt(int level, const QPointF &lonLat)
{
    auto worker = m_worker;
    onWorker([this, worker, level, lonLat] {
        if (!worker->ready())
            return toGui([] {});
        const QString id = worker->data->regionAt(level, lonLat);
        toGui([this, level, id] {
            if (!id.isEmpty())
                Q_EMIT regionFound(level, id);
        });
    });
}

void MapDataService::addNote(domain::RefType type, const QString &id, const QString &text,
                             const QString &author, security::Clearance viewer)
{
    auto worker = m_worker;
    onWorker([this, worker, type, id, text, author] {
        if (!worker->ready())
            return toGui([] {});
        const domain::Annotation note =
            store::AnnotationQueue::make(type, id, domain::AnnotationKind::Note, author, text);
        try {
            store::AnnotationQueue(worker->store->database()).enqueue(note, 0);
        } catch (const store::SqlError &e) {
            const QString error = tr("The note was not saved: %1").arg(e.message());
            return toGui([this, error] { Q_EMIT failed(error); });
        }
        toGui([] {});
    });
    requestProfile(type, id, viewer);
}

} // namespace yiping::ui
