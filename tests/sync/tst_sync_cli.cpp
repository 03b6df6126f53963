// `yiping sync` as a user runs it, with no display, against the real reference server;
// and killed with SIGKILL at random points, then run again: the cache ends up exactly
// equal to the server.

#include "SyncFixture.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace yiping;
using fixture::Collection;

class TestSyncCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataset;
    QString m_password;
    int m_caches = 0;
    QString newCache() { return m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_caches)); }

    struct Run
    {
        int exitCode = -1;
        QStringList out;
        QString err;
    };
    QProcess *start(const QUrl &server, const QString &cache, const QStringList &extra = {})
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("none"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(YIPING_BIN),
                 QStringList{QStringLiteral("sync"), QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--server"), server.toString(),
                             QStringLiteral("--user"), QStringLiteral("admin"),
                             QStringLiteral("--password-file"), m_password,
                             QStringLiteral("--cache"), cache} +
                     extra);
        return p;
    }
    Run run(const QUrl &server, const QString &cache, const QStringList &extra = {})
    {
        QProcess *p = start(server, cache, extra);
        Run r;
        if (!p->waitForFinished(120000))
            p->kill();
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = QString::fromUtf8(p->readAllStandardOutput())
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        r.err = QString::fromUtf8(p->readAllStandardError());
        delete p;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("data.ndjson"));
        QVERIFY(fixture::writeDataset(m_dataset, 300));
        m_password = m_dir.filePath(QStringLiteral("password"));
        QFile file(m_password);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("admin-demo\n");
    }

    void syncsEverything()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        const QString cache = newCache();
        const Run r = run(server.url, cache);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.size(), yiping::domain::kCollectionCount + 1); // one line each, a summary
        QVERIFY(r.out.first().startsWith(QLatin1StringView("regions: 300 received")));
        QVERIFY(
            r.out.last().startsWith(QLatin1StringView("sync complete: 14 collections current")));
        QCOMPARE(fixture::cacheSnapshot(cache), fixture::serverSnapshot(server.url));
    }

    void someCollections()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        const QString cache = newCache();
        const Run r = run(server.url, cache,
                          {QStringLiteral("--collections"), QStringLiteral("persons,alerts")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.size(), 3);
        const fixture::Snapshot cached = fixture::cacheSnapshot(cache);
        QCOMPARE(fixture::total(cached), 600);
    }

    void failuresExitNonZeroWithOneLine_data()
    {
        QTest::addColumn<QStringList>("serverArgs");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed")
            << QStringList{QStringLiteral("--faults"), QStringLiteral("malformed=cases")}
            << QStringList() << QStringLiteral("cases stopped at cursor 0");
        QTest::newRow("unknown collection")
            << QStringList() << QStringList{QStringLiteral("--collections"), QStringLiteral("nope")}
            << QStringLiteral("unknown collection 'nope'");
        QTest::newRow("bad CA file")
            << QStringList()
            << QStringList{QStringLiteral("--ca-file"), QStringLiteral("/nonexistent.pem")}
            << QStringLiteral("CA file");
    }
    void failuresExitNonZeroWithOneLine()
    {
        QFETCH(QStringList, serverArgs);
        QFETCH(QStringList, extra);
        QFETCH(QString, reason);
        fixture::Server server;
        QVERIFY(server.start(m_dataset, serverArgs));
        const Run r = run(server.url, newCache(), extra);
        QVERIFY(r.exitCode > 0);
        const QStringList lines =
            r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("yiping: "));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(reason), qPrintable(lines.first()));
    }

    void sigkillAtRandomPointsThenResume()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset, {QStringLiteral("--faults"), QStringLiteral("slow=60")}));
        const QString cache = newCache();
        QRandomGenerator *rng = QRandomGenerator::global();
        int killedMidway = 0;
        for (int i = 0; i < 8; ++i) {
            QProcess *p = start(server.url, cache);
            QVERIFY(p->waitForStarted());
            QTest::qWait(100 + rng->bounded(1500));
            if (p->state() == QProcess::Running) {
                p->kill(); // SIGKILL: no chance to clean up
                ++killedMidway;
            }
            p->waitForFinished(5000);
            delete p;
        }
        QVERIFY(killedMidway > 0);
        const Run r = run(server.url, cache);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto opened = store::Store::open(cache);
        QVERIFY(opened.store);
        QCOMPARE(opened.store->verify(), QString());
        const fixture::Snapshot expected = fixture::serverSnapshot(server.url);
        QCOMPARE(fixture::cacheSnapshot(*opened.store), expected);
        for (Collection c : yiping::domain::kAllCollections)
            QCOMPARE(opened.store->count(c), expected[size_t(c)].size()); // no duplicates
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
