// The map page's time window on the real city cache: choosing "last 12 months" rebuilds
// the choropleth (a metric per region) and the event heat and points, off the GUI thread,
// through MapDataService as the page does. The figure is the wall time from the request
// to both answers on the GUI thread; the baseline, measured in the same run, is SQLite
// counting the same 12 months of events by region with one GROUP BY.
//
//   bench_mapwindow --cache COPY_OF_CITY_CACHE [--runs N]
#include "Budget.h"
#include "mapdata/MapDataService.h"
#include "store/Sqlite.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace yiping;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cache"), QStringLiteral("A copy of the city cache."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions (default 7)."),
                      QStringLiteral("N"), QStringLiteral("7")});
    parser.process(app);
    QTextStream out(stdout);
    const QString cache = parser.value(QStringLiteral("cache"));
    if (cache.isEmpty()) {
        QTextStream(stderr) << "bench_mapwindow: --cache FILE is required\n";
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    ui::MapDataService service;
    qint64 last = 0;
    QObject::connect(&service, &ui::MapDataService::opened, [&](qint64, qint64 l) { last = l; });
    QObject::connect(&service, &ui::MapDataService::failed, [&](const QString &e) {
        QTextStream(stderr) << "bench_mapwindow: " << e << '\n';
        std::exit(1);
    });
    QElapsedTimer openTimer;
    openTimer.start();
    service.open(cache);
    if (!waitFor([&] { return last > 0 && !service.isBusy(); }, 120000)) {
        QTextStream(stderr) << "bench_mapwindow: the cache did not open\n";
        return 1;
    }
    out << "open (persons, sites, 300k events, footprints): " << openTimer.elapsed() << " ms\n";
    // The city's extent from its districts, as the page takes it.
    QRectF city;
    QObject::connect(&service, &ui::MapDataService::gridReady,
                     [&](const ui::GridView &g) { city = g.model->boundsMercator; });
    service.requestGrid(2, {});
    waitFor([&] { return !service.isBusy(); }, 60000);

    const store::TimeWindow year{last + 1 - 365 * 86400, last + 1};
    QList<double> rebuild, metricOnly, heatOnly, baseline;
    int metricAnswers = 0, heatAnswers = 0;
    qsizetype points = 0;
    QObject::connect(&service, &ui::MapDataService::metricReady, [&] { ++metricAnswers; });
    QObject::connect(&service, &ui::MapDataService::eventLayersReady,
                     [&](const ui::EventLayers &l) {
                         ++heatAnswers;
                         points = l.points.size();
                     });
    store::Database db = store::Database::open(cache, true);
    for (int i = 0; i < runs; ++i) {
        // Both, as a change of the time window asks for them.
        const int m0 = metricAnswers, h0 = heatAnswers;
        QElapsedTimer t;
        t.start();
        service.requestMetric(store::RegionMetric::EventsPerThousand, 4, year);
        service.requestEventLayers(year, city, 800);
        waitFor([&] { return metricAnswers > m0 && heatAnswers > h0; }, 60000);
        rebuild << double(t.nsecsElapsed()) / 1e6;

        t.restart();
        service.requestMetric(store::RegionMetric::EventsPerThousand, 4, year);
        waitFor([&] { return metricAnswers > m0 + 1; }, 60000);
        metricOnly << double(t.nsecsElapsed()) / 1e6;

        t.restart();
        service.requestEventLayers(year, city, 800);
        waitFor([&] { return heatAnswers > h0 + 1; }, 60000);
        heatOnly << double(t.nsecsElapsed()) / 1e6;

        t.restart();
        store::Statement st(db, "SELECT region_id, count(*) FROM events WHERE occurred_at >= ? "
                                "AND occurred_at < ? GROUP BY region_id");
        st.bind(1, year.from).bind(2, year.to);
        int groups = 0;
        while (st.step())
            ++groups;
        baseline << double(t.nsecsElapsed()) / 1e6;
        Q_UNUSED(groups);
    }
    out << "12-month window, " << points << " events, grid cells (level 4), " << runs
        << " runs, medians:\n";
    out << "  choropleth + heat + points rebuilt, request to both answers: "
        << QString::number(median(rebuild), 'f', 1) << " ms (goal < 200 ms)\n";
    out << "    choropleth metric alone: " << QString::number(median(metricOnly), 'f', 1)
        << " ms; heat + points alone: " << QString::number(median(heatOnly), 'f', 1) << " ms\n";
    out << "  baseline, SQLite GROUP BY of the same events: "
        << QString::number(median(baseline), 'f', 1) << " ms; ratio "
        << QString::number(median(rebuild) / std::max(0.001, median(baseline)), 'f', 2) << "\n";
    bench::Budget budget(out);
    budget.atMost(QStringLiteral("12-month window rebuilt, median"), median(rebuild), 200,
                  QStringLiteral("ms"));
    return budget.exitCode();
}
