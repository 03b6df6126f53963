#include "store/MapData.h"

#include "domain/Places.h"
#include "geo/WebMercator.h"
#include "store/SurveyPeriod.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace yiping::store {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template<typename E> E enumOf(const QString &text)
{
    return domain::EnumValue<E>::parse(text).value;
}

} // namespace

MapData::MapData(Database &db)
    : m_db(db)
{}

MapData::~MapData() = default;

void MapData::loadRegions()
{
    if (m_regionsLoaded)
        return;
    m_regionsLoaded = true;
    // The indexed columns for what is filtered on, the JSON for the outline and the counts;
    // rid order so that lists come out in the order the server sent them.
    Statement st(m_db, "SELECT id, code, name, level, parent_id, json FROM regions ORDER BY rid");
    while (st.step()) {
        Node node;
        RegionShape &r = node.shape;
        r.id = st.columnText(0);
        r.code = st.columnText(1);
        r.name = st.columnText(2);
        r.level = int(st.columnInt(3));
        r.parentId = st.columnText(4);
        const domain::Region full =
            domain::Region::fromJson(QJsonDocument::fromJson(st.columnBytes(5)).object());
        r.geometry = full.geometry;
        r.centroid = full.centroid ? *full.centroid : geo::boundsOf(r.geometry).center();
        r.population = full.population;
        r.households = full.households;
        m_index.insert(r.id, int(m_nodes.size()));
        m_nodes.push_back(std::move(node));
    }
    // Each region's ancestor at every level, walking parent_id (bounded: a cycle in bad data
    // must not hang the map).
    for (Node &node : m_nodes) {
        const Node *at = &node;
        for (int steps = 0; at && steps < 8; ++steps) {
            const int level = at->shape.level;
            if (level >= 1 && level <= 4 && node.ancestor[level] < 0)
                node.ancestor[level] = m_index.value(at->shape.id, -1);
            const int parent = m_index.value(at->shape.parentId, -1);
            at = parent >= 0 ? &m_nodes[size_t(parent)] : nullptr;
        }
    }
}

int MapData::ancestorOf(const QString &regionId, int level)
{
    if (level < 1 || level > 4)
        return -1;
    const int i = m_index.value(regionId, -1);
    return i < 0 ? -1 : m_nodes[size_t(i)].ancestor[level];
}

QList<RegionShape> MapData::regions(int level, const QString &parentId)
{
    loadRegions();
    QList<RegionShape> out;
    for (const Node &node : m_nodes)
        if (node.shape.level == level && (parentId.isEmpty() || node.shape.parentId == parentId))
            out.append(node.shape);
    return out;
}

std::optional<RegionShape> MapData::region(const QString &id)
{
    loadRegions();
    const int i = m_index.value(id, -1);
    return i < 0 ? std::nullopt : std::optional(m_nodes[size_t(i)].shape);
}

QList<RegionShape> MapData::lineage(const QString &id)
{
    loadRegions();
    QList<RegionShape> out;
    QSet<QString> seen;
    for (int i = m_index.value(id, -1); i >= 0 && !seen.contains(m_nodes[size_t(i)].shape.id);
         i = m_index.value(m_nodes[size_t(i)].shape.parentId, -1)) {
        seen.insert(m_nodes[size_t(i)].shape.id);
        out.prepend(m_nodes[size_t(i)].shape);
    }
    return out;
}

QHash<QString, double> MapData::countBy(const char *sql, int level, const TimeWindow *window)
{
    // Summed here rather than by GROUP BY: over a year of events SQLite would sort 300,000
    // rows into a temporary B-tree (about 15 times slower than this hash, measured by
    // bench_mapdata), while the window itself is a range of a covering index.
    QHash<QByteArray, double> byRegion;
    Statement st(m_db, sql);
    if (window)
        st.bind(1, window->from).bind(2, window->to);
    while (st.step())
        byRegion[st.columnBytes(0)] += st.columnDouble(1);

    QHash<QString, double> out;
    for (const Node &node : m_nodes)
        if (node.shape.level == level)
            out.insert(node.shape.id, 0.0);
    // The records' regions are grid cells; several cells share a town.
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        const int i = ancestorOf(QString::fromUtf8(it.key()), level);
        if (i >= 0)
            out[m_nodes[size_t(i)].shape.id] += it.value();
    }
    return out;
}

QHash<QString, double> MapData::metric(RegionMetric metric, int level, const TimeWindow &window)
{
    loadRegions();
    switch (metric) {
    case RegionMetric::EventsPerThousand: {
        QHash<QString, double> out =
            countBy("SELECT region_id, 1 FROM events WHERE occurred_at>=?1 AND occurred_at<?2",
                    level, &window);
        for (auto it = out.begin(); it != out.end(); ++it) {
            const qint64 population = m_nodes[size_t(m_index.value(it.key()))].shape.population;
            it.value() = population > 0 ? it.value() * 1000.0 / double(population) : kNaN;
        }
        return out;
    }
    case RegionMetric::OpenEvents:
        // Open = not yet resolved or closed: new, dispatched, being handled (and a status
        // this client does not know, which nobody has marked done either).
        return countBy("SELECT region_id, 1 FROM events WHERE occurred_at>=?1 AND "
                       "occurred_at<?2 AND status NOT IN ('resolved','closed')",
                       level, &window);
    case RegionMetric::OpenDisputes:
        // Open = the conflict is still on the mediators' desk or unresolved: received,
        // mediating, and failed (no agreement and not yet in court — the riskiest kind).
        // Mediated and judicial_confirmation reached an agreement; litigation has left
        // mediation for the courts; closed is done.
        return countBy("SELECT region_id, 1 FROM disputes WHERE received_at>=?1 AND "
                       "received_at<?2 AND status IN ('received','mediating','failed')",
                       level, &window);
    case RegionMetric::KeyPersonRisk:
        // The state now, not of the window: the sum of the risk levels (1..4) of the key
        // persons under management, so that a cell with many mid-risk persons weighs like
        // one with a few high-risk ones.
        return countBy("SELECT region_id, risk_level FROM persons WHERE status='managed'", level,
                       nullptr);
    case RegionMetric::OpenAlerts:
        return countBy("SELECT region_id, 1 FROM alerts WHERE raised_at>=?1 AND raised_at<?2 "
                       "AND status='open'",
                       level, &window);
    case RegionMetric::SurveyScore:
        return surveyScore(level, window);
    }
    return {};
}

QHash<QString, double> MapData::surveyScore(int level, const TimeWindow &window)
{
    struct Row
    {
        QString regionId;
        TimeWindow period;
        double score = 0;
        double respondents = 0;
    };
    QList<Row> rows;
    qint64 latest = std::numeric_limits<qint64>::min();
    Statement st(m_db, "SELECT region_id, period, score, json_extract(json,'$.respondents') "
                       "FROM surveys");
    while (st.step()) {
        const std::optional<TimeWindow> period = surveyPeriod(st.columnText(1));
        // The latest survey begun by the window's end speaks for it: a survey of Q3 for a
        // window that ends in August, and still for the last 30 days of November when Q4's
        // has not been taken (surveys are quarterly: a month-long window would otherwise
        // show no data, and the profile and the map would disagree with a longer one).
        if (!period || period->from >= window.to)
            continue;
        latest = std::max(latest, period->from);
        rows.append(Row{st.columnText(0), *period, st.columnDouble(2), st.columnDouble(3)});
    }
    // Averages weighted by respondents: a town's score is that of its people, not of its
    // cells (a survey without a respondent count weighs one).
    QHash<QString, std::pair<double, double>> sums; // region -> (sum score*w, sum w)
    for (const Row &row : std::as_const(rows)) {
        if (row.period.from != latest)
            continue;
        const int i = ancestorOf(row.regionId, level);
        if (i < 0)
            continue;
        const double w = row.respondents > 0 ? row.respondents : 1.0;
        auto &sum = sums[m_nodes[size_t(i)].shape.id];
        sum.first += row.score * w;
        sum.second += w;
    }
    QHash<QString, double> out;
    for (const Node &node : m_nodes)
        if (node.shape.level == level) {
            const auto it = sums.constFind(node.shape.id);
            out.insert(node.shape.id, it == sums.cend() ? kNaN : it->first / it->second);
        }
    return out;
}

QList<PersonPoint> MapData::persons()
{
    QList<PersonPoint> out;
    Statement st(m_db, "SELECT id, lon, lat, category, risk_level, status FROM persons "
                       "WHERE lon IS NOT NULL AND lat IS NOT NULL ORDER BY rid");
    while (st.step())
        out.append(PersonPoint{st.columnText(0), QPointF(st.columnDouble(1), st.columnDouble(2)),
                               enumOf<domain::PersonCategory>(st.columnText(3)),
                               int(st.columnInt(4)),
                               enumOf<domain::PersonStatus>(st.columnText(5))});
    return out;
}

QList<SitePoint> MapData::sites()
{
    QList<SitePoint> out;
    // Only the footprint is read from the JSON: parsing whole records would triple the cost.
    Statement st(m_db, "SELECT id, lon, lat, kind, risk_level, json_extract(json,'$.footprint') "
                       "FROM sites WHERE lon IS NOT NULL AND lat IS NOT NULL ORDER BY rid");
    while (st.step()) {
        SitePoint p{st.columnText(0),
                    QPointF(st.columnDouble(1), st.columnDouble(2)),
                    enumOf<domain::SiteKind>(st.columnText(3)),
                    int(st.columnInt(4)),
                    {}};
        if (!st.isNull(5))
            p.footprint =
                domain::parsePolygonal(QJsonDocument::fromJson(st.columnBytes(5)).object());
        out.append(std::move(p));
    }
    return out;
}

std::shared_ptr<const EventSet> MapData::events()
{
    if (m_events)
        return m_events;
    auto set = std::make_shared<EventSet>();
    // Table order (rid), not ORDER BY occurred_at: a scan plus an in-memory sort beats
    // walking the time index with a table lookup per row.
    Statement st(m_db, "SELECT id, lon, lat, occurred_at, source, severity FROM events "
                       "WHERE lon IS NOT NULL AND lat IS NOT NULL AND occurred_at IS NOT NULL");
    while (st.step())
        set->append(
            st.columnText(0), geo::WebMercator::project(st.columnDouble(1), st.columnDouble(2)),
            st.columnInt(3), enumOf<domain::EventSource>(st.columnText(4)), int(st.columnInt(5)));
    set->finish();
    m_events = std::move(set);
    return m_events;
}

std::optional<qint64> MapData::latestEventTime()
{
    Statement st(m_db, "SELECT max(occurred_at) FROM events");
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return st.columnInt(0);
}

} // namespace yiping::store
