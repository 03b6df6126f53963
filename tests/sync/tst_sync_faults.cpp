// Every fault the reference server can inject, against the sync engine.

#include "SyncFixture.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace yiping;
using fixture::Collection;

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataset;
    int m_caches = 0;
    QString newCache() { return m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_caches)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("data.ndjson"));
        QVERIFY(fixture::writeDataset(m_dataset, 20));
    }

    // Faults the engine rides out: the run succeeds and the cache equals the server.
    void recovers_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("minimumMs"); // the Retry-After waits the run must honour
        QTest::newRow("503 twice") << QStringLiteral("status=503:2") << 2000;
        QTest::newRow("429 twice") << QStringLiteral("status=429:2") << 2000;
        QTest::newRow("drop mid-page") << QStringLiteral("drop-after=300:3") << 0;
        QTest::newRow("slow") << QStringLiteral("slow=100") << 0;
        QTest::newRow("token expiry") << QStringLiteral("expire-token-after=3") << 0;
    }
    void recovers()
    {
        QFETCH(QString, faults);
        QFETCH(int, minimumMs);
        fixture::Server server;
        QVERIFY(server.start(m_dataset, {QStringLiteral("--faults"), faults}));
        sync::ServerConfig config = fixture::config(server.url);
        config.pageLimit = 6;
        sync::SyncEngine engine(config, newCache());
        QElapsedTimer clock;
        clock.start();
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QVERIFY(clock.elapsed() >= minimumMs);
        QCOMPARE(fixture::cacheSnapshot(*engine.store()), fixture::serverSnapshot(server.url));
    }

    void givesUpAfterTheRetryLimit()
    {
        fixture::Server server;
        QVERIFY(
            server.start(m_dataset, {QStringLiteral("--faults"), QStringLiteral("status=503:50")}));
        sync::ServerConfig config = fixture::config(server.url);
        config.retry.maxAttempts = 1;
        sync::SyncEngine engine(config, newCache());
        const sync::SyncSummary summary = fixture::runSync(engine, {Collection::Regions});
        QVERIFY(!summary.ok());
        QVERIFY2(summary.firstError().contains(QLatin1StringView("503")),
                 qPrintable(summary.firstError()));
    }

    void malformedPageStopsOnlyItsCollection()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset,
                             {QStringLiteral("--faults"), QStringLiteral("malformed=events")}));
        sync::SyncEngine engine(fixture::config(server.url), newCache());
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY(!summary.ok());
        const fixture::Snapshot expected = fixture::serverSnapshot(server.url);
        const fixture::Snapshot cached = fixture::cacheSnapshot(*engine.store());
        for (const sync::CollectionResult &r : summary.collections) {
            if (r.collection == Collection::Events) {
                QVERIFY(!r.ok);
                QVERIFY2(r.error.contains(QLatin1StringView("events stopped at cursor 0")),
                         qPrintable(r.error));
                QCOMPARE(cached[size_t(Collection::Events)].size(), 0);
            } else {
                QVERIFY2(r.ok, qPrintable(r.error));
                QCOMPARE(cached[size_t(r.collection)], expected[size_t(r.collection)]);
            }
        }
    }

    void goneResetsAndPullsAgain()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset,
                             {QStringLiteral("--faults"), QStringLiteral("gone-below=100000")}));
        sync::SyncEngine engine(fixture::config(server.url), newCache());
        QVERIFY(fixture::runSync(engine).ok()); // from 0: no 410
        // Every cursor is now below min_since: each collection answers 410, is dropped and
        // pulled again in full.
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        for (const sync::CollectionResult &r : summary.collections)
            QCOMPARE(r.received, 20);
        QCOMPARE(fixture::cacheSnapshot(*engine.store()), fixture::serverSnapshot(server.url));
    }

    void wrongPasswordFailsClearly()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        sync::ServerConfig config = fixture::config(server.url);
        config.password = QStringLiteral("wrong");
        sync::SyncEngine engine(config, newCache());
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY(!summary.ok());
        QVERIFY(summary.error.contains(QLatin1StringView("refused")));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
