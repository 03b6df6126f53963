// The live stream against the real reference server (--simulate): it connects, wakes the
// puller for changed collections, delivers alerts, and reconnects after the server
// comes back.

#include "SyncFixture.h"

#include "sync/SyncWorker.h"

#include <QTcpServer>
#include <QTemporaryDir>

using namespace yiping;
using fixture::Collection;
using State = sync::LiveStream::State;

class TestSyncLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataset;

    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("data.ndjson"));
        QVERIFY(fixture::writeDataset(m_dataset, 5));
    }

    void wakesThePullerAndDeliversAlerts()
    {
        const int port = freePort();
        auto server = std::make_unique<fixture::Server>();
        QVERIFY(server->start(m_dataset, {QStringLiteral("--simulate")}, port));
        sync::SyncWorker worker(fixture::config(server->url),
                                m_dir.filePath(QStringLiteral("live.sqlite")));
        QList<State> states;
        connect(&worker, &sync::SyncWorker::streamStateChanged, this,
                [&](State s) { states.append(s); });
        QSignalSpy finished(&worker, &sync::SyncWorker::finished);
        QSignalSpy alerts(&worker, &sync::SyncWorker::alert);
        QSignalSpy collections(&worker, &sync::SyncWorker::collectionFinished);
        worker.start(true);
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(State::Connected), 10000);
        QCOMPARE(states.first(), State::Connecting);

        // No explicit sync request: the stream's "changed" messages start the runs.
        QVERIFY(finished.wait(15000));
        bool pulledEvents = false;
        for (const QList<QVariant> &args : std::as_const(collections))
            pulledEvents =
                pulledEvents ||
                args.first().value<sync::CollectionResult>().collection == Collection::Events;
        QVERIFY(pulledEvents);
        QTRY_VERIFY_WITH_TIMEOUT(!alerts.isEmpty(), 30000);
        QVERIFY(alerts.first().first().toJsonObject().contains(QStringLiteral("id")));

        // The server goes away and comes back on the same port: the stream follows.
        server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(states.last() != State::Connected, 10000);
        server = std::make_unique<fixture::Server>();
        QVERIFY(server->start(m_dataset, {QStringLiteral("--simulate")}, port));
        states.clear();
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(State::Connected), 20000);
    }

    void silenceTriggersAReconnect()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        sync::ApiClient api(fixture::config(server.url), nullptr);
        QVERIFY(api.authenticate().isEmpty());
        int tokens = 0;
        sync::LiveStream stream(server.url, api.sslConfiguration(), [&](bool) {
            ++tokens;
            return api.token();
        });
        stream.setSilenceTimeout(700); // the server pings every 15 s: silence is certain
        QList<State> states;
        connect(&stream, &sync::LiveStream::stateChanged, this, [&](State s) { states.append(s); });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(states.count(State::Connected) >= 2, 10000);
        QVERIFY(states.contains(State::Disconnected));
        QVERIFY(tokens >= 2);
        stream.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncLive)
#include "tst_sync_live.moc"
