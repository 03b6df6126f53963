#include "ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>

// Demo users, token expiry, each --faults item, and the live stream under --simulate:
// every test starts its own server on the hand-written dataset.
class TestServerFaults : public QObject
{
    Q_OBJECT

private:
    static QStringList withData(QStringList arguments)
    {
        return QStringList{QStringLiteral("--data"),
                           QStringLiteral(YIPING_TEST_DATA "/tiny.ndjson")} +
               arguments;
    }

    static QString events(qint64 since = 0)
    {
        return QStringLiteral("/api/v1/sync/events?since=%1&limit=1000").arg(since);
    }

private Q_SLOTS:
    void demoUsersAndTokenLifetime()
    {
        ServerProcess server;
        QVERIFY(server.start(withData({QStringLiteral("--token-ttl"), QStringLiteral("1")})));
        QVERIFY(server.standardError().contains(QLatin1String("demo credentials are active")));
        QVERIFY(!server.standardError().contains(QLatin1String("analyst-demo")));
        const QByteArray admin =
            server.login(QStringLiteral("admin"), QStringLiteral("admin-demo"));
        const QByteArray leader =
            server.login(QStringLiteral("leader"), QStringLiteral("leader-demo"));
        QVERIFY(!admin.isEmpty());
        QVERIFY(!leader.isEmpty());
        QVERIFY(admin != leader);
        QVERIFY(server.login(QStringLiteral("leader"), QStringLiteral("admin-demo")).isEmpty());
        const QJsonObject p2 =
            ServerProcess::json(server.get(QStringLiteral("/api/v1/persons/p-2"), admin));
        QCOMPARE(p2.value(QLatin1String("id_number")).toString(),
                 QStringLiteral("350303198502024321"));
        QCOMPARE(ServerProcess::status(server.get(QStringLiteral("/api/v1/persons/p-2"), leader)),
                 403);
        QTest::qWait(1200);
        QNetworkReply *expired = server.get(events(), admin);
        QCOMPARE(ServerProcess::status(expired), 401);
        QCOMPARE(ServerProcess::json(expired).value(QLatin1String("status")).toInt(), 401);
    }

    void expireTokenAfterRequests()
    {
        ServerProcess server;
        QVERIFY(server.start(
            withData({QStringLiteral("--faults"), QStringLiteral("expire-token-after=2")})));
        const QByteArray token =
            server.login(QStringLiteral("analyst"), QStringLiteral("analyst-demo"));
        QCOMPARE(ServerProcess::status(server.get(events(), token)), 200);
        QCOMPARE(ServerProcess::status(server.get(events(), token)), 200);
        QCOMPARE(ServerProcess::status(server.get(events(), token)), 401);
        const QByteArray fresh =
            server.login(QStringLiteral("analyst"), QStringLiteral("analyst-demo"));
        QCOMPARE(ServerProcess::status(server.get(events(), fresh)), 200);
    }

    void statusFaults()
    {
        ServerProcess server;
        QVERIFY(server.start(
            withData({QStringLiteral("--faults"), QStringLiteral("status=503:2,status=429:1")})));
        const QByteArray token =
            server.login(QStringLiteral("analyst"), QStringLiteral("analyst-demo"));
        // Only sync requests fail.
        QCOMPARE(ServerProcess::status(server.get(QStringLiteral("/api/v1/meta"), token)), 200);
        for (int expected : {503, 503, 429}) {
            QNetworkReply *reply = server.get(events(), token);
            QCOMPARE(ServerProcess::status(reply), expected);
            QCOMPARE(reply->rawHeader("Retry-After"), QByteArrayLiteral("1"));
            QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                     QStringLiteral("application/problem+json"));
        }
        QCOMPARE(ServerProcess::status(server.get(events(), token)), 200);
    }

    void malformedPage()
    {
        ServerProcess server;
        QVERIFY(server.start(
            withData({QStringLiteral("--faults"), QStringLiteral("malformed=cases")})));
        const QByteArray token =
            server.login(QStringLiteral("analyst"), QStringLiteral("analyst-demo"));
        QNetworkReply *broken = server.get(QStringLiteral("/api/v1/sync/cases"), token);
        QCOMPARE(ServerProcess::status(broken), 200);
        QJsonParseError error;
        QJsonDocument::fromJson(broken->readAll(), &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QNetworkReply *fine = server.get(events(), token);
        QCOMPARE(ServerProcess::json(fine).value(QLatin1String("items")).toArray().size(), 5);
    }

    void goneBelow()
    {
        ServerProcess server;
        QVERIFY(
            server.start(withData({QStringLiteral("--faults"), QStringLiteral("gone-below=10")})));
        const QByteArray token =
            server.login(QStringLiteral("analyst"), QStringLiteral("analyst-demo"));
        const QJsonObject meta =
            ServerProcess::json(server.get(QStringLiteral("/api/v1/meta"), token));
        QCOMPARE(meta.value(QLatin1String("min_since")).toInt(), 10);
        QNetworkReply *gone = server.get(events(5), token);
        QCOMPARE(ServerProcess::status(gone), 410);
        QCOMPARE(ServerProcess::json(gone).value(QLatin1String("status")).toInt(), 410);
        QCOMPARE(ServerProcess::status(server.get(events(0), token)), 200);
        QCOMPARE(ServerProcess::status(server.get(events(12), token)), 200);
    }

    void dropAfterCutsTheBody()
    {
        ServerProcess server;
        QVERIFY(
            server.start(withData({QStringLiteral("--faults"), QStringLiteral("drop-after=300")})));
        const QByteArray token =
            server.login(QStringLiteral("analyst"), QStringLiteral("analyst-demo"));
        // Not a sync page: whole.
        QCOMPARE(ServerProcess::status(server.get(QStringLiteral("/api/v1/meta"), token)), 200);
        QNetworkReply *cut = server.get(events(), token);
        QVERIFY(cut->error() != QNetworkReply::NoError);
        QVERIFY(cut->readAll().size() < 300);
        // The next page arrives whole (one cut by default).
        QNetworkReply *whole = server.get(events(), token);
        QCOMPARE(whole->error(), QNetworkReply::NoError);
        QCOMPARE(ServerProcess::json(whole).value(QLatin1String("items")).toArray().size(), 5);
    }

    void dropPutResponse()
    {
        ServerProcess server;
        QVERIFY(server.start(
            withData({QStringLiteral("--faults"), QStringLiteral("drop-put-response=1")})));
        const QByteArray token =
            server.login(QStringLiteral("analyst"), QStringLiteral("analyst-demo"));
        const QByteArray id = "9b2f6c1e-0000-4000-8000-0000000000aa";
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("id"), QString::fromLatin1(id)},
                    {QStringLiteral("base_rev"), 0},
                    {QStringLiteral("target"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("person")},
                                 {QStringLiteral("id"), QStringLiteral("p-1")}}},
                    {QStringLiteral("kind"), QStringLiteral("note")},
                    {QStringLiteral("author"), QStringLiteral("analyst")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-11-27T09:00:00+08:00")}})
                .toJson(QJsonDocument::Compact);
        // By hand, so that no HTTP client sends the PUT again when the connection closes.
        QTcpSocket socket;
        socket.connectToHost(server.base.host(), quint16(server.base.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("PUT /api/v1/annotations/" + id +
                     " HTTP/1.1\r\nHost: x\r\n"
                     "Authorization: Bearer " +
                     token +
                     "\r\n"
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(10000));
        QCOMPARE(socket.readAll(), QByteArray()); // not one byte of the answer
        QVERIFY(server.standardError().contains(QLatin1String("dropped the answer to a PUT")));
        // Yet it was stored, and the next PUT is answered.
        QNetworkReply *stored =
            server.get(QStringLiteral("/api/v1/annotations/") + QString::fromLatin1(id), token);
        QCOMPARE(ServerProcess::status(stored), 200);
        QCOMPARE(ServerProcess::json(stored).value(QLatin1String("rev")).toInteger(), 24);
        QCOMPARE(ServerProcess::status(server.request(
                     "PUT", QStringLiteral("/api/v1/annotations/") + QString::fromLatin1(id), body,
                     token)),
                 200);
    }

    void slow()
    {
        ServerProcess server;
        QVERIFY(server.start(withData({QStringLiteral("--faults"), QStringLiteral("slow=400")})));
        const QByteArray token =
            server.login(QStringLiteral("analyst"), QStringLiteral("analyst-demo"));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(ServerProcess::status(server.get(events(), token)), 200);
        QVERIFY(clock.elapsed() >= 400);
    }

    void badFaultsAreRefused()
    {
        ServerProcess server;
        QVERIFY(
            !server.start(withData({QStringLiteral("--faults"), QStringLiteral("status=418:1")})));
        QVERIFY(server.standardError().contains(QLatin1String("bad --faults item")));
    }

    void terminationRemovesTheDatabase()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        ServerProcess server;
        server.setTempDir(temp.path());
        QVERIFY(server.start(withData({})));
        QVERIFY(!QDir(temp.path()).isEmpty()); // its database, in a folder of its own
        QVERIFY(server.stop());
        QVERIFY2(QDir(temp.path()).isEmpty(),
                 qPrintable(QDir(temp.path())
                                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                                .join(QLatin1Char(' '))));
    }

    void badTlsOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        const QString missing = QStringLiteral("/nonexistent/server.pem");
        QTest::newRow("certificate alone")
            << QStringList{QStringLiteral("--tls-cert"), missing}
            << QStringLiteral("--tls-cert and --tls-key go together");
        QTest::newRow("no certificate")
            << QStringList{QStringLiteral("--tls-cert"), missing, QStringLiteral("--tls-key"),
                           missing}
            << QStringLiteral("no PEM certificate could be read from --tls-cert");
        // The proxy that injects connection faults sees plain HTTP only.
        QTest::newRow("with a proxied fault")
            << QStringList{QStringLiteral("--tls-cert"), missing,
                           QStringLiteral("--tls-key"),  missing,
                           QStringLiteral("--faults"),   QStringLiteral("slow=10")}
            << QStringLiteral("work on plain HTTP only");
    }
    void badTlsOptionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        ServerProcess server;
        QVERIFY(!server.start(withData(arguments)));
        QVERIFY2(server.standardError().contains(reason), qPrintable(server.standardError()));
    }

    void streamUnderSimulate()
    {
        ServerProcess server;
        QVERIFY(server.start(withData({QStringLiteral("--simulate")})));
        const QByteArray token =
            server.login(QStringLiteral("admin"), QStringLiteral("admin-demo"));
        QUrl url = server.base;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/stream"));
        url.setQuery(QStringLiteral("access_token=") + QString::fromLatin1(token));

        QWebSocket socket;
        QList<QJsonObject> messages;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        socket.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5000);
        QCOMPARE(messages.first().value(QLatin1String("type")).toString(), QStringLiteral("hello"));
        QVERIFY(messages.first().contains(QLatin1String("server_time")));

        auto changed = [&] {
            for (const QJsonObject &m : std::as_const(messages))
                if (m.value(QLatin1String("type")).toString() == QLatin1String("changed"))
                    return m.value(QLatin1String("collections")).toObject();
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!changed().isEmpty(), 8000);
        const qint64 eventsRev = changed().value(QLatin1String("events")).toInteger();
        QVERIFY(eventsRev > 23);
        // What was announced is there to pull.
        const QJsonObject page = ServerProcess::json(server.get(events(23), token));
        const QJsonArray items = page.value(QLatin1String("items")).toArray();
        QVERIFY(!items.isEmpty());
        QVERIFY(page.value(QLatin1String("next_since")).toInteger() >= eventsRev);

        QWebSocket intruder;
        QSignalSpy closed(&intruder, &QWebSocket::disconnected);
        url.setQuery(QStringLiteral("access_token=forged"));
        intruder.open(url);
        QVERIFY(closed.wait(5000));
        socket.close();
    }
};

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_server_faults.moc"
