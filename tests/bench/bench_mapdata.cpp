// The map page's data layer on a real cache; prints figures, each against a baseline
// measured in the same run on the same connection.
//   bench_mapdata --cache PATH   PATH is migrated in place: pass a copy of the demo cache
//                                (build/dev/demo/putian-city.sqlite), never the original.
#include "Budget.h"
#include "domain/Enums.h"
#include "security/ProfileMasking.h"
#include "store/MapData.h"
#include "store/ProfileReader.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace yiping;
using namespace yiping::store;
using security::Clearance;

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Spread
{
    double p50 = 0, p95 = 0;
};

Spread spread(QList<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return {};
    return {v.at(v.size() / 2), v.at(std::min(v.size() - 1, qsizetype(v.size() * 0.95)))};
}

template<typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return ms(t);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--cache"));
    if (at < 0 || at + 1 >= args.size()) {
        out << "usage: bench_mapdata --cache COPY_OF_CITY_CACHE.sqlite\n";
        return 2;
    }
    QElapsedTimer t;
    t.start();
    Store::OpenResult opened = Store::open(args.at(at + 1));
    if (!opened.store) {
        out << "open failed: " << opened.error << Qt::endl;
        return 1;
    }
    out << "open (and migrate if older): " << ms(t) << " ms\n";
    Database &db = opened.store->database();

    QStringList ids;
    {
        Statement st(db, "SELECT id FROM persons");
        while (st.step())
            ids.append(st.columnText(0));
    }
    QRandomGenerator rng(42);
    QStringList sample;
    for (int i = 0; i < 200 && !ids.isEmpty(); ++i)
        sample.append(ids.at(rng.bounded(int(ids.size()))));

    // Baseline: the plainest read of a person, its stored JSON by id.
    QList<double> base, profile;
    for (const QString &id : std::as_const(sample)) {
        base.append(timeMs([&] {
            Statement st(db, "SELECT json FROM persons WHERE id=?");
            st.bindText(1, id);
            st.step();
            (void)st.columnBytes(0);
        }));
    }
    ProfileReader reader(db);
    int sections = 0;
    for (const QString &id : std::as_const(sample))
        profile.append(timeMs([&] {
            sections += int(security::ProfileMasking::forViewer(
                                *reader.read(domain::RefType::Person, id), Clearance::Limited)
                                .sections.size());
        }));
    const Spread b = spread(base), p = spread(profile);
    bench::Budget budget(out);
    if (sample.isEmpty()) {
        out << "the cache holds no persons: nothing to measure" << Qt::endl;
        return 1;
    }
    budget.atMost(QStringLiteral("person profile p95"), p.p95, 50, QStringLiteral("ms"));
    out << "person profile, 200 random: p50 " << p.p50 << " ms, p95 " << p.p95
        << " ms (goal < 50 ms); baseline SELECT json by id p50 " << b.p50 << " ms, p95 " << b.p95
        << " ms; ratio p50 " << p.p50 / b.p50 << "x\n";

    MapData map(db);
    double regionsMs = timeMs([&] { map.regions(1); });
    out << "regions load (all outlines): " << regionsMs << " ms\n";
    const qint64 now = map.latestEventTime().value_or(0) + 1;
    const TimeWindow year{now - 365 * 24 * 3600, now};
    const double countBase = timeMs([&] {
        Statement st(db, "SELECT count(*) FROM events WHERE occurred_at>=? AND occurred_at<?");
        st.bind(1, year.from).bind(2, year.to);
        st.step();
    });
    out << "baseline count(*) of 12 months of events: " << countBase << " ms\n";
    for (RegionMetric m : kRegionMetrics)
        for (int level : {2, 3, 4}) {
            QHash<QString, double> v;
            const double dt = timeMs([&] { v = map.metric(m, level, year); });
            out << "metric " << int(m) << " level " << level << ": " << dt << " ms, " << v.size()
                << " regions; ratio " << dt / countBase << "x\n";
        }

    const double eventsBase = timeMs([&] {
        Statement st(db, "SELECT id, lon, lat, occurred_at FROM events");
        while (st.step())
            (void)st.columnText(0);
    });
    std::shared_ptr<const EventSet> events;
    const double eventsLoad = timeMs([&] { events = map.events(); });
    out << "EventSet load: " << eventsLoad << " ms for " << events->size()
        << " events; baseline scan of id, lon, lat, time " << eventsBase << " ms; ratio "
        << eventsLoad / eventsBase << "x\n";
    QList<EventPoint> window;
    const double inWindow = timeMs([&] { window = events->inWindow(year); });
    out << "EventSet::inWindow 12 months: " << inWindow << " ms, " << window.size()
        << " events; ratio to the SQL count " << inWindow / countBase << "x\n";
    const double hist = timeMs([&] { events->histogram(year, 365); });
    out << "EventSet::histogram 365 buckets: " << hist << " ms\n";

    const double personsBase = timeMs([&] {
        Statement st(db, "SELECT id, lon, lat FROM persons");
        while (st.step())
            (void)st.columnText(0);
    });
    qsizetype n = 0;
    const double personsMs = timeMs([&] { n = map.persons().size(); });
    out << "persons(): " << personsMs << " ms for " << n << "; baseline scan " << personsBase
        << " ms; ratio " << personsMs / personsBase << "x\n";
    const double sitesBase = timeMs([&] {
        Statement st(db, "SELECT id, lon, lat FROM sites");
        while (st.step())
            (void)st.columnText(0);
    });
    const double sitesMs = timeMs([&] { n = map.sites().size(); });
    out << "sites(): " << sitesMs << " ms for " << n << "; baseline scan " << sitesBase
        << " ms; ratio " << sitesMs / sitesBase << "x\n";

    // A region profile (district), which computes the six metrics twice.
    const double regionProfile =
        timeMs([&] { reader.read(domain::RefType::Region, map.regions(2).value(0).id); });
    out << "district profile (first, loads outlines): " << regionProfile << " ms\n";
    const double regionProfile2 =
        timeMs([&] { reader.read(domain::RefType::Region, map.regions(2).value(1).id); });
    out << "district profile (second): " << regionProfile2 << " ms\n";
    out << "(sections read: " << sections << ")" << Qt::endl;
    return budget.exitCode();
}
