#pragma once

#include "analysis/HeatGrid.h"
#include "domain/Enums.h"
#include "map/PolygonRenderModel.h"
#include "map/SymbolLayer.h"
#include "read/ReadService.h"
#include "security/Clearance.h"
#include "store/MapData.h"
#include "store/Profile.h"

#include <QObject>
#include <QRectF>

#include <memory>

namespace yiping::ui {

// The regions the grid layer shows: the children of one region, with the path down to it.
struct GridView
{
    int level = 2;
    QString parentId;
    QList<store::RegionShape> regions;
    QList<store::RegionShape> lineage; // city first … the parent
    // The regions triangulated and labelled for the grid layer, feature i = regions[i];
    // built on the worker because 3,000 cells take longer than a frame.
    std::shared_ptr<const map::PolygonRenderModel> model;
};

// What the event layers draw for one time window.
struct EventLayers
{
    store::TimeWindow window;
    std::shared_ptr<const analysis::HeatGrid> heat;
    QList<store::EventPoint> points;
    QList<map::SymbolLayer::Symbol> symbols; // points[i] as the event layer draws it
};

// The map page's reads from the cache, all off the GUI thread through one ReadService:
// database work runs on its worker thread with its own connection (statements stay
// prepared, regions stay loaded); heat and point filtering run on its pool over the
// immutable EventSet. Results come back as values by signal on the GUI thread; an answer
// to a request that a newer one of the same kind replaced is dropped, so a fast user never
// sees an old picture.
class MapDataService : public QObject
{
    Q_OBJECT

public:
    explicit MapDataService(QObject *parent = nullptr);
    ~MapDataService() override;

    // (Re)opens the cache and loads what every view needs: persons, sites, events, the
    // data's time span. Emits opened() or failed().
    void open(const QString &cachePath);
    QString cachePath() const { return m_reads.cachePath(); }
    // Requests in flight (screenshots wait for zero).
    bool isBusy() const { return m_reads.isBusy(); }

    void requestGrid(int level, const QString &parentId);
    void requestMetric(store::RegionMetric metric, int level, const store::TimeWindow &window);
    void requestEventLayers(const store::TimeWindow &window, const QRectF &mercatorArea,
                            double radiusMetres);
    void requestProfile(domain::RefType type, const QString &id, security::Clearance viewer);
    // Stores a note locally (queued for upload with synchronous=FULL) and re-reads the profile.
    void addNote(domain::RefType type, const QString &id, const QString &text,
                 const QString &author, security::Clearance viewer);
    std::shared_ptr<const store::EventSet> events() const { return m_events; }

Q_SIGNALS:
    void opened(qint64 firstEvent, qint64 lastEvent);
    void personsReady(const QList<store::PersonPoint> &persons);
    void sitesReady(const QList<store::SitePoint> &sites);
    // The sites' building outlines, drawn when zoomed in.
    void footprintsReady(const std::shared_ptr<const map::PolygonRenderModel> &model);
    void gridReady(const ui::GridView &grid);
    void metricReady(store::RegionMetric metric, int level, const QHash<QString, double> &values);
    void eventLayersReady(const ui::EventLayers &layers);
    void profileReady(const store::Profile &profile);
    void failed(const QString &message);

private:
    read::ReadService m_reads;
    std::shared_ptr<const store::EventSet> m_events;
};

} // namespace yiping::ui
