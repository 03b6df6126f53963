// Benchmarks of the cache's hot paths; prints figures against the goals of the issue.
//   bench_store [--cache PATH]   with PATH: search and cell lookups over a real cache
#include "Budget.h"
#include "SyntheticCity.h"
#include "domain/Collection.h"
#include "store/CellLocator.h"
#include "store/Search.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

using namespace yiping;
using namespace yiping::store;
using domain::Collection;

namespace {

QTextStream out(stdout);
constexpr int kPage = 5000;

bool applyAll(Store &store, Collection c, const QList<QByteArray> &rows)
{
    for (qsizetype i = 0; i < rows.size(); i += kPage) {
        const QList<QByteArray> page = rows.mid(i, kPage);
        const Store::PageResult r = store.applyPage(c, page, 0);
        if (!r.ok) {
            out << "applyPage failed: " << r.error << Qt::endl;
            return false;
        }
    }
    return true;
}

// The same rows with a plain prepared INSERT loop, values already extracted, one
// transaction per page. `withIndexes` also writes what the cache keeps for each event
// besides its row (its R*Tree box and its summary in the trigram search table), with the
// cache's own page and cache sizes: the honest baseline for the store, which must do that work too.
// Without it, the loop fills the bare table only (shown for scale).
double plainInsertSeconds(const QString &path, const QList<SyntheticCity::EventRow> &rows,
                          bool withIndexes)
{
    Database db = Database::open(path);
    if (withIndexes) {
        // The cache's own connection settings (CacheFile::configure).
        db.exec("PRAGMA page_size=8192");
        db.exec("PRAGMA cache_size=-16384");
        db.exec("PRAGMA temp_store=MEMORY");
        db.exec("PRAGMA wal_autocheckpoint=8192");
    }
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("CREATE TABLE events(rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER "
            "NOT NULL, json TEXT NOT NULL, source TEXT, category TEXT, severity INTEGER, "
            "occurred_at INTEGER, status TEXT, region_id TEXT, lon REAL, lat REAL);"
            "CREATE INDEX events_time ON events(occurred_at);"
            "CREATE VIRTUAL TABLE events_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat);"
            "CREATE VIRTUAL TABLE search_text USING fts5(text, tokenize='trigram', content='', "
            "contentless_delete=1);");
    QElapsedTimer timer;
    timer.start();
    Statement insert(db, "INSERT INTO events(id, rev, json, source, category, severity, "
                         "occurred_at, status, region_id, lon, lat) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    Statement box(db, "INSERT INTO events_geo VALUES(?,?,?,?,?)");
    Statement text(db, "INSERT INTO search_text(rowid, text) VALUES(?,?)");
    for (qsizetype i = 0; i < rows.size(); i += kPage) {
        Transaction tx(db);
        for (qsizetype j = i; j < std::min(rows.size(), i + kPage); ++j) {
            const SyntheticCity::EventRow &e = rows[j];
            insert.bind(1, e.id).bind(2, qint64(j + 1)).bind(3, e.json).bind(4, e.source);
            insert.bind(5, e.category).bind(6, e.severity).bind(7, e.occurredAt);
            insert.bind(8, e.status).bind(9, e.regionId).bind(10, e.lon).bind(11, e.lat);
            insert.run();
            if (!withIndexes)
                continue;
            const qint64 rid = db.lastInsertRowId();
            box.bind(1, rid).bind(2, e.lon).bind(3, e.lon).bind(4, e.lat).bind(5, e.lat);
            box.run();
            text.bind(1, (qint64(5) << 32) | rid).bindText(2, e.summary);
            text.run();
        }
        tx.commit();
    }
    return timer.nsecsElapsed() / 1e9;
}

double percentile(QList<double> ms, double p)
{
    std::sort(ms.begin(), ms.end());
    return ms.isEmpty() ? 0 : ms[qsizetype(p * double(ms.size() - 1))];
}

// Returns the p95 in ms.
double searchLatency(Store &store, const QString &label, const QStringList &queries)
{
    Search search(store.database());
    QList<double> ms;
    int hits = 0;
    for (const QString &q : queries) {
        QElapsedTimer t;
        t.start();
        const QList<SearchGroup> groups = search.find(q);
        ms.append(t.nsecsElapsed() / 1e6);
        for (const SearchGroup &g : groups)
            hits += int(g.hits.size());
    }
    out << QStringLiteral(
               "search %1: %2 queries, p50 %3 ms, p95 %4 ms (goal < 20 ms), %5 hits/query")
               .arg(label, -10)
               .arg(queries.size())
               .arg(percentile(ms, 0.5), 0, 'f', 2)
               .arg(percentile(ms, 0.95), 0, 'f', 2)
               .arg(double(hits) / std::max<qsizetype>(1, queries.size()), 0, 'f', 1)
        << Qt::endl;
    return percentile(ms, 0.95);
}

// Returns lookups per second.
double cellLookups(Store &store, SyntheticCity &city)
{
    constexpr int kLookups = 1000000;
    QList<QPointF> points;
    points.reserve(kLookups);
    for (int i = 0; i < kLookups; ++i)
        points.append(QPointF(city.lon(), city.lat()));
    CellLocator &cells = store.cells();
    cells.cellAt(points.first()); // warm: polygons parsed once
    for (int i = 0; i < 20000; ++i)
        cells.cellAt(points[i]);
    QElapsedTimer t;
    t.start();
    int found = 0;
    for (const QPointF &p : std::as_const(points))
        found += !cells.cellAt(p).isEmpty();
    const double s = t.nsecsElapsed() / 1e9;
    out << QStringLiteral("point->cell: %1 lookups/s (goal >= 200000), %2 of %3 inside a cell")
               .arg(qint64(kLookups / s))
               .arg(found)
               .arg(kLookups)
        << Qt::endl;
    return kLookups / s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype cacheArg = args.indexOf(QStringLiteral("--cache"));
    SyntheticCity city(20261127);
    QTemporaryDir dir;
    bench::Budget budget(out);

    std::unique_ptr<Store> store;
    QStringList names, idFragments, pinyin;
    if (cacheArg > 0 && cacheArg + 1 < args.size()) {
        Store::OpenResult r = Store::open(args[cacheArg + 1]);
        if (!r.store) {
            out << r.error << Qt::endl;
            return 1;
        }
        store = std::move(r.store);
        out << "cache " << args[cacheArg + 1] << Qt::endl;
    } else {
        qint64 rev = 0;
        out << "generating 300000 events…" << Qt::endl;
        const QList<SyntheticCity::EventRow> events = city.events(300000, &rev);
        const double plain =
            plainInsertSeconds(dir.filePath(QStringLiteral("plain.sqlite")), events, true);
        const double bare =
            plainInsertSeconds(dir.filePath(QStringLiteral("bare.sqlite")), events, false);

        store = std::move(Store::open(dir.filePath(QStringLiteral("cache.sqlite"))).store);
        QList<QByteArray> eventJson;
        eventJson.reserve(events.size());
        for (const SyntheticCity::EventRow &e : events)
            eventJson.append(e.json);
        QElapsedTimer t;
        t.start();
        if (!applyAll(*store, Collection::Events, eventJson))
            return 1;
        const double viaStore = t.nsecsElapsed() / 1e9;
        out << QStringLiteral("bulk upsert of 300000 events: store %1 s (%2 rows/s); plain insert "
                              "loop of the same rows into the same tables (row, R*Tree, search) "
                              "%3 s (%4 rows/s); store speed = %5 of plain (goal >= 0.5)")
                   .arg(viaStore, 0, 'f', 2)
                   .arg(qint64(300000 / viaStore))
                   .arg(plain, 0, 'f', 2)
                   .arg(qint64(300000 / plain))
                   .arg(plain / viaStore, 0, 'f', 2)
            << Qt::endl;
        budget.atLeast(QStringLiteral("store speed against a plain insert loop"), plain / viaStore,
                       0.5, QStringLiteral("x"));
        out << QStringLiteral("  for scale: the bare events table alone takes %1 s (%2 of the "
                              "store's time)")
                   .arg(bare, 0, 'f', 2)
                   .arg(bare / viaStore, 0, 'f', 2)
            << Qt::endl;

        if (!applyAll(*store, Collection::Regions, city.cells(&rev)) ||
            !applyAll(*store, Collection::Persons, city.persons(20000, &rev)) ||
            !applyAll(*store, Collection::Sites, city.sites(8000, &rev)) ||
            !applyAll(*store, Collection::Cases, city.cases(60000, &rev)))
            return 1;
    }
    for (Collection c : {Collection::Persons, Collection::Sites, Collection::Cases,
                         Collection::Events, Collection::Regions})
        out << domain::collectionName(c) << ' ' << store->count(c) << "  ";
    out << Qt::endl;

    for (int i = 0; i < 300; ++i) {
        names.append(city.name());
        idFragments.append(QString::fromLatin1(city.idNumber().mid(6 + i % 8, 6)));
    }
    const QStringList fullPinyin = {QStringLiteral("zhangwei"), QStringLiteral("wangfang"),
                                    QStringLiteral("lina"),     QStringLiteral("chenjie"),
                                    QStringLiteral("liuyang"),  QStringLiteral("huanghai")};
    const QStringList initials = {QStringLiteral("zw"),  QStringLiteral("wf"),
                                  QStringLiteral("ln"),  QStringLiteral("cj"),
                                  QStringLiteral("lyy"), QStringLiteral("hhb")};
    for (int i = 0; i < 50; ++i) {
        pinyin.append(fullPinyin[i % fullPinyin.size()]);
        pinyin.append(initials[i % initials.size()]);
    }
    const QString p95 = QStringLiteral("search p95, %1");
    budget.atMost(p95.arg(u"names"), searchLatency(*store, QStringLiteral("name"), names), 20,
                  QStringLiteral("ms"));
    budget.atMost(p95.arg(u"ID parts"),
                  searchLatency(*store, QStringLiteral("ID part"), idFragments), 20,
                  QStringLiteral("ms"));
    budget.atMost(p95.arg(u"pinyin"), searchLatency(*store, QStringLiteral("pinyin"), pinyin), 20,
                  QStringLiteral("ms"));
    budget.atLeast(QStringLiteral("point -> cell"), cellLookups(*store, city), 200000,
                   QStringLiteral("lookups/s"));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << QStringLiteral("peak memory (ru_maxrss): %1 MiB")
               .arg(double(usage.ru_maxrss) / 1024, 0, 'f', 1)
        << Qt::endl;
    return budget.exitCode();
}
