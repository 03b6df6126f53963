#include "Fixtures.h"
#include "geo/WebMercator.h"
#include "store/MapData.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

using namespace yiping;
using namespace yiping::domain;
using namespace yiping::store;
using fixtures::L;

namespace {

QJsonObject rect(double lon0, double lat0, double lon1, double lat1)
{
    const QJsonArray ring{fixtures::lonLat(lon0, lat0), fixtures::lonLat(lon1, lat0),
                          fixtures::lonLat(lon1, lat1), fixtures::lonLat(lon0, lat1),
                          fixtures::lonLat(lon0, lat0)};
    return {{L("type"), L("Polygon")}, {L("coordinates"), QJsonArray{ring}}};
}

QString rfc3339(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::UTC).toString(Qt::ISODate);
}

// 2026-08-01 00:00 China Standard Time: inside survey period 2026-Q3.
const qint64 T0 =
    QDateTime(QDate(2026, 8, 1), QTime(0, 0), QTimeZone::fromSecondsAheadOfUtc(8 * 3600))
        .toSecsSinceEpoch();
const TimeWindow kWindow{T0, T0 + 1000};

// The centre of cell i (cells are 0.01° squares side by side from 119.00 E, 25.40 N).
QPointF cellCentre(int i)
{
    return {119.005 + 0.01 * i, 25.405};
}

} // namespace

// City c ─ district d1 ─ town t1 ─ cells g1 (pop 1000), g2 (500)
//                     └ town t2 ─ cell g3 (1500)
//        └ district d2 ─ town t3 ─ cells g4 (1000), g5 (no residents)
class TestStoreMapData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static QByteArray region(const char *id, int level, const char *parent, double lon0,
                             double lon1, qint64 population)
    {
        QJsonObject o{{L("level"), level},
                      {L("name"), QString::fromLatin1(id)},
                      {L("code"), QString::fromLatin1(id)},
                      {L("geometry"), rect(lon0, 25.40, lon1, 25.41)},
                      {L("population"), population},
                      {L("households"), population / 3}};
        if (parent)
            o.insert(L("parent_id"), L(parent));
        return fixtures::record(Collection::Regions, QString::fromLatin1(id), 1, o);
    }
    static QByteArray event(const char *id, int cell, qint64 at, const char *status,
                            const char *source = "police")
    {
        return fixtures::record(Collection::Events, QString::fromLatin1(id), 1,
                                {{L("region_id"), QStringLiteral("g%1").arg(cell)},
                                 {L("occurred_at"), rfc3339(at)},
                                 {L("status"), L(status)},
                                 {L("source"), L(source)},
                                 {L("location"), fixtures::lonLat(cellCentre(cell - 1).x(),
                                                                  cellCentre(cell - 1).y())}});
    }
    static QByteArray dispute(const char *id, int cell, qint64 at, const char *status)
    {
        return fixtures::record(Collection::Disputes, QString::fromLatin1(id), 1,
                                {{L("region_id"), QStringLiteral("g%1").arg(cell)},
                                 {L("received_at"), rfc3339(at)},
                                 {L("status"), L(status)}});
    }
    static QByteArray person(const char *id, int cell, int risk, const char *status)
    {
        return fixtures::record(Collection::Persons, QString::fromLatin1(id), 1,
                                {{L("region_id"), QStringLiteral("g%1").arg(cell)},
                                 {L("risk_level"), risk},
                                 {L("status"), L(status)},
                                 {L("location"), fixtures::lonLat(cellCentre(cell - 1).x(),
                                                                  cellCentre(cell - 1).y())}});
    }
    static QByteArray survey(const char *id, int cell, const char *period, double score,
                             int respondents)
    {
        QJsonObject o{{L("region_id"), QStringLiteral("g%1").arg(cell)},
                      {L("period"), L(period)},
                      {L("score"), score}};
        if (respondents > 0)
            o.insert(L("respondents"), respondents);
        return fixtures::record(Collection::Surveys, QString::fromLatin1(id), 1, o);
    }
    static QByteArray alert(const char *id, int cell, qint64 at, const char *status)
    {
        return fixtures::record(Collection::Alerts, QString::fromLatin1(id), 1,
                                {{L("region_id"), QStringLiteral("g%1").arg(cell)},
                                 {L("raised_at"), rfc3339(at)},
                                 {L("status"), L(status)}});
    }

    void apply(Collection c, const QList<QByteArray> &rows)
    {
        const Store::PageResult r = m_store->applyPage(c, rows, 1);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = fixtures::openStore(m_dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY(m_store);
        apply(Collection::Regions, {region("c", 1, nullptr, 119.00, 119.05, 4000),
                                    region("d1", 2, "c", 119.00, 119.03, 3000),
                                    region("d2", 2, "c", 119.03, 119.05, 1000),
                                    region("t1", 3, "d1", 119.00, 119.02, 1500),
                                    region("t2", 3, "d1", 119.02, 119.03, 1500),
                                    region("t3", 3, "d2", 119.03, 119.05, 1000),
                                    region("g1", 4, "t1", 119.00, 119.01, 1000),
                                    region("g2", 4, "t1", 119.01, 119.02, 500),
                                    region("g3", 4, "t2", 119.02, 119.03, 1500),
                                    region("g4", 4, "t3", 119.03, 119.04, 1000),
                                    region("g5", 4, "t3", 119.04, 119.05, 0)});
        // Out of time order on purpose: the event set sorts.
        apply(
            Collection::Events,
            {event("e-late", 1, T0 + 999, "handling"), event("e-first", 1, T0 + 10, "new"),
             event("e-before", 1, T0 - 1, "new"), event("e-end", 1, T0 + 1000, "new"),
             event("e-res", 1, T0 + 300, "resolved", "grid"),
             event("e-g3a", 3, T0 + 250, "closed", "hotline"),
             event("e-g3b", 3, T0 + 500, "dispatched"),
             fixtures::record(Collection::Events, QStringLiteral("e-unlocated"), 1,
                              {{L("region_id"), L("g4")}, {L("occurred_at"), rfc3339(T0 - 50)}})});
        apply(Collection::Disputes,
              {dispute("d-a", 2, T0 + 1, "mediating"), dispute("d-b", 2, T0 + 2, "failed"),
               dispute("d-c", 2, T0 + 3, "mediated"), dispute("d-d", 2, T0 - 10, "received"),
               dispute("d-e", 4, T0 + 4, "received")});
        apply(Collection::Persons,
              {person("p-1", 1, 3, "managed"), person("p-2", 1, 2, "managed"),
               person("p-3", 1, 4, "released"), person("p-4", 3, 4, "managed")});
        apply(Collection::Surveys,
              {survey("s-1", 1, "2026-Q3", 80, 10), survey("s-2", 2, "2026-Q3", 90, 30),
               survey("s-3", 3, "2026-Q2", 70, 0), survey("s-4", 1, "2026-Q2", 10, 0)});
        apply(Collection::Alerts,
              {alert("a-1", 1, T0 + 5, "open"), alert("a-2", 1, T0 + 6, "closed"),
               alert("a-3", 1, T0 - 5, "open"), alert("a-4", 4, T0 + 7, "open")});
    }
    void cleanupTestCase() { m_store.reset(); }

    void regionsByLevelAndParent()
    {
        MapData map(m_store->database());
        auto ids = [](const QList<RegionShape> &list) {
            QStringList out;
            for (const RegionShape &r : list)
                out.append(r.id);
            return out;
        };
        QCOMPARE(ids(map.regions(2)), QStringList({QStringLiteral("d1"), QStringLiteral("d2")}));
        QCOMPARE(ids(map.regions(3, QStringLiteral("d1"))),
                 QStringList({QStringLiteral("t1"), QStringLiteral("t2")}));
        QCOMPARE(ids(map.regions(4, QStringLiteral("t3"))),
                 QStringList({QStringLiteral("g4"), QStringLiteral("g5")}));
        QCOMPARE(map.regions(4).size(), 5);
        QVERIFY(map.regions(3, QStringLiteral("g1")).isEmpty());
        const std::optional<RegionShape> g2 = map.region(QStringLiteral("g2"));
        QVERIFY(g2);
        QCOMPARE(g2->parentId, QStringLiteral("t1"));
        QCOMPARE(g2->population, 500);
        QCOMPARE(g2->level, 4);
        QCOMPARE(geo::boundsOf(g2->geometry),
                 QRectF(QPointF(119.01, 25.40), QPointF(119.02, 25.41)));
        QVERIFY(std::abs(g2->centroid.x() - 119.015) < 1e-9);
        QVERIFY(!map.region(QStringLiteral("nope")));
    }

    void lineageRunsFromTheCityDown()
    {
        MapData map(m_store->database());
        QStringList ids;
        for (const RegionShape &r : map.lineage(QStringLiteral("g2")))
            ids.append(r.id);
        QCOMPARE(ids, QStringList({QStringLiteral("c"), QStringLiteral("d1"), QStringLiteral("t1"),
                                   QStringLiteral("g2")}));
        QCOMPARE(map.lineage(QStringLiteral("c")).size(), 1);
        QVERIFY(map.lineage(QStringLiteral("nope")).isEmpty());
    }

    void metricValues_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("expected"); // NaN: no data
        const double nan = std::nan("");
        auto row = [](const char *name, RegionMetric m, int level, const char *region, double v) {
            QTest::newRow(name) << int(m) << level << QString::fromLatin1(region) << v;
        };
        using M = RegionMetric;
        // 3 events of g1 in the window (one before, one at its end excluded), 2 of g3.
        row("events/1000 g1", M::EventsPerThousand, 4, "g1", 3.0);
        row("events/1000 g2", M::EventsPerThousand, 4, "g2", 0.0);
        row("events/1000 g3", M::EventsPerThousand, 4, "g3", 2000.0 / 1500.0);
        row("events/1000 g5 (no residents)", M::EventsPerThousand, 4, "g5", nan);
        row("events/1000 t1", M::EventsPerThousand, 3, "t1", 2.0);
        row("events/1000 d1", M::EventsPerThousand, 2, "d1", 5000.0 / 3000.0);
        row("events/1000 d2", M::EventsPerThousand, 2, "d2", 0.0);
        row("events/1000 city", M::EventsPerThousand, 1, "c", 5000.0 / 4000.0);
        // Open: not resolved or closed.
        row("open events g1", M::OpenEvents, 4, "g1", 2.0);
        row("open events g3", M::OpenEvents, 4, "g3", 1.0);
        row("open events d1", M::OpenEvents, 2, "d1", 3.0);
        row("open events t3", M::OpenEvents, 3, "t3", 0.0);
        // Mediating and failed count, mediated does not, received before the window neither.
        row("open disputes g2", M::OpenDisputes, 4, "g2", 2.0);
        row("open disputes t1", M::OpenDisputes, 3, "t1", 2.0);
        row("open disputes d2", M::OpenDisputes, 2, "d2", 1.0);
        // Managed persons only: 3 + 2 in g1 (the released risk-4 person does not count).
        row("risk g1", M::KeyPersonRisk, 4, "g1", 5.0);
        row("risk t2", M::KeyPersonRisk, 3, "t2", 4.0);
        row("risk d1", M::KeyPersonRisk, 2, "d1", 9.0);
        row("risk d2", M::KeyPersonRisk, 2, "d2", 0.0);
        // Latest period overlapping the window (2026-Q3); towns weighted by respondents.
        row("survey g1", M::SurveyScore, 4, "g1", 80.0);
        row("survey g3 (only an older period)", M::SurveyScore, 4, "g3", nan);
        row("survey t1", M::SurveyScore, 3, "t1", (80.0 * 10 + 90.0 * 30) / 40);
        row("survey t2", M::SurveyScore, 3, "t2", nan);
        row("survey d1", M::SurveyScore, 2, "d1", 87.5);
        row("survey d2 (no surveys)", M::SurveyScore, 2, "d2", nan);
        row("open alerts g1", M::OpenAlerts, 4, "g1", 1.0);
        row("open alerts d2", M::OpenAlerts, 2, "d2", 1.0);
        row("open alerts t2", M::OpenAlerts, 3, "t2", 0.0);
    }
    void metricValues()
    {
        QFETCH(int, metric);
        QFETCH(int, level);
        QFETCH(QString, region);
        QFETCH(double, expected);
        MapData map(m_store->database());
        const QHash<QString, double> values = map.metric(RegionMetric(metric), level, kWindow);
        QVERIFY2(values.contains(region), qPrintable(region));
        const double v = values.value(region);
        if (std::isnan(expected))
            QVERIFY2(std::isnan(v), qPrintable(QString::number(v)));
        else
            QVERIFY2(std::abs(v - expected) < 1e-9,
                     qPrintable(QStringLiteral("%1 != %2").arg(v).arg(expected)));
        // Only the regions of the level asked for.
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            QCOMPARE(map.region(it.key())->level, level);
    }

    void windowBoundsAreRespected()
    {
        MapData map(m_store->database());
        // [T0 - 1, T0): only the event just before the window.
        QCOMPARE(map.metric(RegionMetric::OpenEvents, 4, {T0 - 1, T0}).value(QStringLiteral("g1")),
                 1.0);
        // [T0 + 1000, T0 + 1001): only the event at the window's end.
        QCOMPARE(map.metric(RegionMetric::OpenEvents, 4, {T0 + 1000, T0 + 1001})
                     .value(QStringLiteral("g1")),
                 1.0);
        QCOMPARE(map.metric(RegionMetric::OpenEvents, 2, {T0 - 100, T0 + 2000})
                     .value(QStringLiteral("d1")),
                 5.0);
        // A window over May: the 2026-Q2 surveys speak, each weighing one.
        const qint64 may = T0 - 80 * 24 * 3600;
        const QHash<QString, double> q2 =
            map.metric(RegionMetric::SurveyScore, 2, {may, may + 3600});
        QCOMPARE(q2.value(QStringLiteral("d1")), 40.0);
        // June to August: Q2 and Q3 overlap it, the latest (Q3) wins.
        const QHash<QString, double> both =
            map.metric(RegionMetric::SurveyScore, 4, {may + 30 * 24 * 3600, T0 + 3600});
        QCOMPARE(both.value(QStringLiteral("g1")), 80.0);
        QVERIFY(std::isnan(both.value(QStringLiteral("g3"))));
        // A month after Q3 ended, before any Q4 survey: Q3 still speaks (the profile's last
        // 30 days and the map's month show the same score).
        const qint64 november = T0 + 100 * 24 * 3600;
        QCOMPARE(map.metric(RegionMetric::SurveyScore, 4, {november, november + 30 * 24 * 3600})
                     .value(QStringLiteral("g1")),
                 80.0);
        // Empty window: nothing counted.
        QCOMPARE(
            map.metric(RegionMetric::OpenAlerts, 4, {T0 + 5, T0 + 5}).value(QStringLiteral("g1")),
            0.0);
    }

    void eventSetWindowAndHistogram()
    {
        MapData map(m_store->database());
        const std::shared_ptr<const EventSet> events = map.events();
        QCOMPARE(events->size(), 7);     // the unlocated event is not on the map
        QVERIFY(map.events() == events); // loaded once
        QCOMPARE(events->first(), T0 - 1);
        QCOMPARE(events->last(), T0 + 1000);
        QCOMPARE(map.latestEventTime(), std::optional<qint64>(T0 + 1000));

        const QList<EventPoint> in = events->inWindow(kWindow);
        QStringList ids;
        QList<qint64> times;
        for (const EventPoint &p : in) {
            ids.append(events->idAt(p.row));
            times.append(p.occurredAt);
        }
        QCOMPARE(ids, QStringList({QStringLiteral("e-first"), QStringLiteral("e-g3a"),
                                   QStringLiteral("e-res"), QStringLiteral("e-g3b"),
                                   QStringLiteral("e-late")}));
        QCOMPARE(times, QList<qint64>({T0 + 10, T0 + 250, T0 + 300, T0 + 500, T0 + 999}));
        QCOMPARE(in.at(1).source, EventSource::Hotline);
        QCOMPARE(in.at(2).source, EventSource::Grid);
        const QPointF m = geo::WebMercator::project(cellCentre(2));
        QVERIFY(std::abs(in.at(1).mercator.x() - m.x()) < 1e-12);
        QVERIFY(std::abs(in.at(1).mercator.y() - m.y()) < 1e-12);
        QCOMPARE(events->idAt(-1), QString());
        QCOMPARE(events->idAt(99), QString());
        QVERIFY(events->inWindow({T0 + 1, T0 + 10}).isEmpty());
        QVERIFY(events->inWindow({T0 + 10, T0}).isEmpty());

        // Four slices of 250 s: [0,250) [250,500) [500,750) [750,1000).
        QCOMPARE(events->histogram(kWindow, 4), QList<int>({1, 2, 1, 1}));
        QCOMPARE(events->histogram({T0 - 1, T0 + 1001}, 1), QList<int>({7}));
        QVERIFY(events->histogram(kWindow, 0).isEmpty());
    }

    void pointsOfPersonsAndSites()
    {
        MapData map(m_store->database());
        const QList<PersonPoint> persons = map.persons();
        QCOMPARE(persons.size(), 4);
        QCOMPARE(persons.at(0).id, QStringLiteral("p-1"));
        QCOMPARE(persons.at(0).risk, 3);
        QCOMPARE(persons.at(0).category, PersonCategory::Petitioner);
        QCOMPARE(persons.at(2).status, PersonStatus::Released);
        QCOMPARE(persons.at(3).lonLat, cellCentre(2));
        apply(Collection::Sites,
              {fixtures::record(Collection::Sites, QStringLiteral("s-1"), 1,
                                {{L("footprint"), fixtures::square(119.0, 25.4, 0.001)}}),
               fixtures::record(Collection::Sites, QStringLiteral("s-2"), 1,
                                {{L("kind"), L("hazmat")}})});
        const QList<SitePoint> sites = map.sites();
        QCOMPARE(sites.size(), 2);
        QCOMPARE(sites.at(0).kind, SiteKind::School);
        QCOMPARE(geo::boundsOf(sites.at(0).footprint),
                 QRectF(QPointF(119.0, 25.4), QPointF(119.001, 25.401)));
        QCOMPARE(sites.at(1).kind, SiteKind::Hazmat);
        QVERIFY(sites.at(1).footprint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreMapData)
#include "tst_store_mapdata.moc"
