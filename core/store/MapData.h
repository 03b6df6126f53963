#pragma once

#include "domain/Enums.h"
#include "geo/GeoPolygon.h"
#include "store/EventSet.h"
#include "store/Sqlite.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

#include <optional>

namespace yiping::store {

// What the map colours regions by (choropleth).
enum class RegionMetric {
    EventsPerThousand, // events in the window per 1,000 residents
    OpenEvents,        // events of the window not yet resolved or closed
    OpenDisputes,      // disputes received in the window and still being worked on
    KeyPersonRisk,     // sum of the risk levels of the managed key persons, now
    SurveyScore,       // average 安全感 score of the latest survey begun by the window's end
    OpenAlerts         // alerts raised in the window that nobody acknowledged or closed
};
inline constexpr RegionMetric kRegionMetrics[] = {
    RegionMetric::EventsPerThousand, RegionMetric::OpenEvents,  RegionMetric::OpenDisputes,
    RegionMetric::KeyPersonRisk,     RegionMetric::SurveyScore, RegionMetric::OpenAlerts};

struct RegionShape
{
    QString id, code, name;
    int level = 0;
    QString parentId;
    geo::GeoMultiPolygon geometry;
    QPointF centroid; // lon/lat; the stored centroid, else the centre of the bounds
    qint64 population = 0, households = 0;
};

struct PersonPoint
{
    QString id;
    QPointF lonLat;
    domain::PersonCategory category = domain::PersonCategory::Unknown;
    int risk = 0;
    domain::PersonStatus status = domain::PersonStatus::Unknown;
};

struct SitePoint
{
    QString id;
    QPointF lonLat;
    domain::SiteKind kind = domain::SiteKind::Unknown;
    int risk = 0;
    geo::GeoMultiPolygon footprint;
};

// Read-only queries of the map page over the cache. Regions are read once and kept (a
// city has a few thousand, their outlines are what every view draws); the events once per
// object (events()). Not thread-safe: one MapData per thread and connection.
class MapData
{
public:
    explicit MapData(Database &db);
    ~MapData();
    MapData(const MapData &) = delete;
    MapData &operator=(const MapData &) = delete;

    // Regions of `level` whose parent is `parentId`; every region of that level when empty.
    QList<RegionShape> regions(int level, const QString &parentId = {});
    std::optional<RegionShape> region(const QString &id);
    // The city first, then each ancestor, down to the region itself (for the breadcrumb).
    // Empty for an unknown id.
    QList<RegionShape> lineage(const QString &id);
    // Value per region id of `level` over the window; NaN where there is no data. Regions of
    // that level with nothing counted get 0 (counts) or NaN (scores, per-capita of an
    // unpopulated region). Cells aggregate up to towns and districts through parent_id.
    QHash<QString, double> metric(RegionMetric metric, int level, const TimeWindow &window);
    // Every key person / site with a location.
    QList<PersonPoint> persons();
    QList<SitePoint> sites();
    // Loaded on the first call, then shared.
    std::shared_ptr<const EventSet> events();
    // The newest event's time: "now" for a demo dataset. Empty when there are no events.
    std::optional<qint64> latestEventTime();

private:
    struct Node
    {
        RegionShape shape;
        int ancestor[5] = {-1, -1, -1, -1, -1}; // index of the ancestor of each level (1..4)
    };
    void loadRegions();
    // Index of the region of `level` that contains `regionId` (itself at its own level);
    // -1 when unknown or above that level.
    int ancestorOf(const QString &regionId, int level);
    // Sums the (region_id, value) rows of `sql` into the regions of `level`; binds the window
    // as ?1, ?2 when given. Every region of the level is present, 0 when nothing was counted.
    QHash<QString, double> countBy(const char *sql, int level, const TimeWindow *window);
    QHash<QString, double> surveyScore(int level, const TimeWindow &window);

    Database &m_db;
    bool m_regionsLoaded = false;
    std::vector<Node> m_nodes;
    QHash<QString, int> m_index;
    std::shared_ptr<const EventSet> m_events;
};

} // namespace yiping::store
