// Pulling from the real reference server: full and incremental sync, tombstones,
// cancellation.

#include "SyncFixture.h"

#include "store/AnnotationQueue.h"
#include "sync/SyncWorker.h"

#include <QTemporaryDir>

using namespace yiping;
using fixture::Collection;

class TestSyncPull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataset;
    QString cachePath(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("data.ndjson"));
        QVERIFY(fixture::writeDataset(m_dataset, 25));
    }

    void fullSyncEqualsServer()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        sync::ServerConfig config = fixture::config(server.url);
        config.pageLimit = 7; // several pages per collection
        sync::SyncEngine engine(config, cachePath("full.sqlite"));
        QList<sync::CollectionProgress> progress;
        connect(&engine, &sync::SyncEngine::progress, this,
                [&](const sync::CollectionProgress &p) { progress.append(p); });
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(summary.collections.size(), yiping::domain::kCollectionCount);

        const fixture::Snapshot expected = fixture::serverSnapshot(server.url);
        QCOMPARE(fixture::total(expected), 14 * 25);
        QCOMPARE(fixture::cacheSnapshot(*engine.store()), expected);
        QVERIFY(engine.store()->verify().isEmpty());
        {
            // The comparison looks at bodies, not only at (id, rev): one field changed in
            // one stored record, its rev left alone, is a difference.
            store::Database db = store::Database::open(cachePath("full.sqlite"));
            db.exec("UPDATE persons SET json = json_set(json, '$.name', 'Someone else') "
                    "WHERE id = 'per-1'");
            QVERIFY(fixture::cacheSnapshot(*engine.store()) != expected);
            db.exec("UPDATE persons SET json = json_set(json, '$.name', 'Person 1') "
                    "WHERE id = 'per-1'");
            QCOMPARE(fixture::cacheSnapshot(*engine.store()), expected);
        }
        // Progress per page: 4 pages of 7 for 25 records, with the server's total.
        QCOMPARE(progress.size(), 14 * 4);
        QCOMPARE(progress.last().received, 25);
        QCOMPARE(progress.last().total, 25);
        QCOMPARE(progress.last().cursor, 14 * 25);

        // A second run finds nothing new.
        const sync::SyncSummary again = fixture::runSync(engine);
        QVERIFY(again.ok());
        for (const sync::CollectionResult &r : again.collections)
            QCOMPARE(r.received, 0);
    }

    void incrementalAfterChanges()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset, {QStringLiteral("--simulate")}));
        sync::SyncEngine engine(fixture::config(server.url), cachePath("incremental.sqlite"));
        QVERIFY(fixture::runSync(engine).ok());
        const qint64 eventsCursor = engine.store()->cursor(Collection::Events);
        // The simulator writes every 2-3 s.
        QTRY_VERIFY_WITH_TIMEOUT(
            fixture::serverSnapshot(server.url)[size_t(Collection::Events)].size() > 25, 15000);
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QVERIFY(engine.store()->cursor(Collection::Events) > eventsCursor);
        qint64 received = 0;
        for (const sync::CollectionResult &r : summary.collections)
            received += r.received;
        QVERIFY(received > 0 && received < 50); // only the changes travel
        // The simulator may have written again meanwhile: pull once more and compare
        // against a snapshot taken before it can move on.
        fixture::Snapshot expected;
        for (int attempt = 0; attempt < 5; ++attempt) {
            expected = fixture::serverSnapshot(server.url);
            QVERIFY(fixture::runSync(engine).ok());
            if (fixture::cacheSnapshot(*engine.store()) == expected)
                break;
        }
        QCOMPARE(fixture::cacheSnapshot(*engine.store()), expected);
    }

    void tombstonesDeleteCachedRecords()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        const QString path = cachePath("tombstones.sqlite");
        {
            // A restricted person cached earlier (say, before the user's clearance was
            // lowered) must go when its tombstone arrives.
            auto opened = store::Store::open(path);
            QVERIFY(opened.store);
            const QJsonObject stale{
                {QStringLiteral("id"), QStringLiteral("per-3")},
                {QStringLiteral("rev"), 1},
                {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T08:00:00+08:00")},
                {QStringLiteral("name"), QStringLiteral("x")},
                {QStringLiteral("category"), QStringLiteral("other")},
                {QStringLiteral("risk_level"), 1},
                {QStringLiteral("status"), QStringLiteral("managed")}};
            QVERIFY(opened.store->applyPage(Collection::Persons, QJsonArray{stale}, 0).ok);
            QCOMPARE(opened.store->count(Collection::Persons), 1);
        }
        sync::SyncEngine engine(fixture::config(server.url, QStringLiteral("analyst")), path);
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        const fixture::Snapshot cached = fixture::cacheSnapshot(*engine.store());
        QVERIFY(!cached[size_t(Collection::Persons)].contains(QStringLiteral("per-3")));
        QCOMPARE(cached[size_t(Collection::Persons)].size(), 25 - 8); // every third is restricted
        QCOMPARE(cached, fixture::serverSnapshot(server.url, QStringLiteral("analyst")));
    }

    void cancelStopsAtAPageBoundary()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset, {QStringLiteral("--faults"), QStringLiteral("slow=150")}));
        sync::ServerConfig config = fixture::config(server.url);
        config.pageLimit = 5;
        const QString path = cachePath("cancel.sqlite");
        {
            sync::SyncWorker worker(config, path);
            QSignalSpy finished(&worker, &sync::SyncWorker::finished);
            QSignalSpy progress(&worker, &sync::SyncWorker::progress);
            worker.start(false);
            worker.syncNow();
            QVERIFY(progress.wait(10000));
            worker.cancel();
            QVERIFY(finished.wait(10000));
            const auto summary = finished.first().first().value<sync::SyncSummary>();
            QVERIFY(summary.cancelled);
            QVERIFY(!summary.ok());
        }
        // Whatever was committed is whole pages: each cursor sits on a multiple of 5 records.
        {
            auto opened = store::Store::open(path);
            QVERIFY(opened.store);
            QVERIFY(opened.store->verify().isEmpty());
            const qint64 regions = opened.store->count(Collection::Regions);
            QVERIFY(regions % 5 == 0 || regions == 25);
            QVERIFY(fixture::total(fixture::cacheSnapshot(*opened.store)) < 14 * 25);
        }
        sync::SyncEngine engine(config, path);
        QVERIFY(fixture::runSync(engine).ok());
        QCOMPARE(fixture::cacheSnapshot(*engine.store()), fixture::serverSnapshot(server.url));
    }
};

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_sync_pull.moc"
