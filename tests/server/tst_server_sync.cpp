#include "ServerProcess.h"

#include <QJsonArray>
#include <QSet>
#include <QWebSocket>

// Auth, meta, sync pages, clearance, masking, region scope, single records,
// annotations and alert acknowledgements, against the real server serving a hand-written dataset
// (data/tiny.ndjson: 23 records, revs 1..23) with the users of data/users.json.
class TestServerSync : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QHash<QString, QByteArray> m_tokens;

    QJsonObject page(const QString &user, const QString &collection, qint64 since, int limit)
    {
        QNetworkReply *reply = m_server.get(QStringLiteral("/api/v1/sync/%1?since=%2&limit=%3")
                                                .arg(collection)
                                                .arg(since)
                                                .arg(limit),
                                            m_tokens.value(user));
        if (ServerProcess::status(reply) != 200)
            qWarning("sync answered %d", ServerProcess::status(reply));
        return ServerProcess::json(reply);
    }

    // Every item of a collection, by id, paging with the given limit.
    QHash<QString, QJsonObject> all(const QString &user, const QString &collection)
    {
        QHash<QString, QJsonObject> items;
        qint64 since = 0;
        for (bool more = true; more;) {
            const QJsonObject p = page(user, collection, since, 100);
            for (const QJsonValue &v : p.value(QLatin1String("items")).toArray())
                items.insert(v[QLatin1String("id")].toString(), v.toObject());
            since = p.value(QLatin1String("next_since")).toInteger();
            more = p.value(QLatin1String("has_more")).toBool();
        }
        return items;
    }

    static bool isTombstone(const QJsonObject &o)
    {
        return o.value(QLatin1String("deleted")).toBool() && o.size() == 3;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start(
            {QStringLiteral("--data"), QStringLiteral(YIPING_TEST_DATA "/tiny.ndjson"),
             QStringLiteral("--users"), QStringLiteral(YIPING_TEST_DATA "/users.json")}));
        QVERIFY(!m_server.standardError().contains(QLatin1String("demo credentials")));
        const QStringList users{QStringLiteral("admin"), QStringLiteral("analyst"),
                                QStringLiteral("hanjiang"), QStringLiteral("viewer")};
        for (const QString &user : users) {
            m_tokens.insert(user, m_server.login(user, user + QLatin1String("-pw")));
            QVERIFY2(!m_tokens.value(user).isEmpty(), qPrintable(user));
        }
    }

    void login_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status");
        QTest::newRow("plain password") << "admin" << "admin-pw" << 200;
        QTest::newRow("sha256 password") << "analyst" << "analyst-pw" << 200;
        QTest::newRow("wrong password") << "admin" << "analyst-pw" << 401;
        QTest::newRow("unknown user") << "nobody" << "x" << 401;
        QTest::newRow("demo users are off") << "leader" << "leader-demo" << 401;
    }

    void login()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(int, status);
        QNetworkReply *reply =
            m_server.request("POST", QStringLiteral("/api/v1/auth/token"),
                             QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                       {QStringLiteral("password"), password}})
                                 .toJson());
        QCOMPARE(ServerProcess::status(reply), status);
        const QJsonObject body = ServerProcess::json(reply);
        if (status == 200) {
            QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
            QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 3600);
            QCOMPARE(body[QLatin1String("user")][QLatin1String("username")].toString(), username);
        } else {
            QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                     QStringLiteral("application/problem+json"));
        }
    }

    void needsAToken_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown") << QByteArrayLiteral("forged");
    }

    void needsAToken()
    {
        QFETCH(QByteArray, token);
        for (const QString &path :
             {QStringLiteral("/api/v1/meta"), QStringLiteral("/api/v1/sync/events"),
              QStringLiteral("/api/v1/events/e-1")})
            QCOMPARE(ServerProcess::status(m_server.get(path, token)), 401);
    }

    void meta()
    {
        const QJsonObject meta = ServerProcess::json(m_server.get(
            QStringLiteral("/api/v1/meta"), m_tokens.value(QStringLiteral("analyst"))));
        QCOMPARE(meta[QLatin1String("city")][QLatin1String("name")].toString(),
                 QStringLiteral("莆田市"));
        QCOMPARE(meta.value(QLatin1String("min_since")).toInt(), 0);
        QHash<QString, QPair<int, int>> collections;
        for (const QJsonValue &c : meta.value(QLatin1String("collections")).toArray())
            collections.insert(
                c[QLatin1String("name")].toString(),
                {c[QLatin1String("count")].toInt(), c[QLatin1String("max_rev")].toInt()});
        QCOMPARE(collections.size(), 14);
        QCOMPARE(collections.value(QStringLiteral("events")), qMakePair(5, 14));
        QCOMPARE(collections.value(QStringLiteral("annotations")), qMakePair(0, 0));
    }

    void pagesInRevOrder_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("5") << 5;
        QTest::newRow("1000") << 1000;
    }

    void pagesInRevOrder()
    {
        QFETCH(int, limit);
        QSet<QString> seen;
        qint64 since = 0;
        qint64 lastRev = 0;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const QJsonObject p =
                page(QStringLiteral("admin"), QStringLiteral("events"), since, limit);
            QCOMPARE(p.value(QLatin1String("collection")).toString(), QStringLiteral("events"));
            const QJsonArray items = p.value(QLatin1String("items")).toArray();
            QVERIFY(items.size() <= limit);
            for (const QJsonValue &v : items) {
                QVERIFY(v[QLatin1String("rev")].toInteger() > lastRev);
                lastRev = v[QLatin1String("rev")].toInteger();
                QVERIFY(!seen.contains(v[QLatin1String("id")].toString()));
                seen.insert(v[QLatin1String("id")].toString());
            }
            const qint64 next = p.value(QLatin1String("next_since")).toInteger();
            QCOMPARE(next, items.isEmpty() ? since : lastRev);
            since = next;
            more = p.value(QLatin1String("has_more")).toBool();
            QVERIFY(p.contains(QLatin1String("server_time")));
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(pages, (5 + limit - 1) / limit);
        const QJsonObject empty =
            page(QStringLiteral("admin"), QStringLiteral("events"), since, limit);
        QVERIFY(empty.value(QLatin1String("items")).toArray().isEmpty());
        QCOMPARE(empty.value(QLatin1String("next_since")).toInteger(), since);
        QVERIFY(!empty.value(QLatin1String("has_more")).toBool());
    }

    void clearanceAndMasking()
    {
        const auto admin = all(QStringLiteral("admin"), QStringLiteral("persons"));
        const auto analyst = all(QStringLiteral("analyst"), QStringLiteral("persons"));
        const auto viewer = all(QStringLiteral("viewer"), QStringLiteral("persons"));
        QCOMPARE(admin.value(QStringLiteral("p-1"))[QLatin1String("id_number")].toString(),
                 QStringLiteral("350302199001011234"));
        QCOMPARE(admin.value(QStringLiteral("p-1"))[QLatin1String("phone")].toString(),
                 QStringLiteral("13812345678"));
        QCOMPARE(analyst.value(QStringLiteral("p-1"))[QLatin1String("id_number")].toString(),
                 QStringLiteral("350302********1234"));
        QCOMPARE(analyst.value(QStringLiteral("p-1"))[QLatin1String("phone")].toString(),
                 QStringLiteral("138****5678"));
        // Restricted: a tombstone at its rev for the limited analyst.
        QVERIFY(!isTombstone(admin.value(QStringLiteral("p-2"))));
        QVERIFY(isTombstone(analyst.value(QStringLiteral("p-2"))));
        QCOMPARE(analyst.value(QStringLiteral("p-2"))[QLatin1String("rev")].toInt(), 6);
        QVERIFY(isTombstone(viewer.value(QStringLiteral("p-1"))));
        QVERIFY(!isTombstone(viewer.value(QStringLiteral("p-3"))));
        // Nested phones are masked too.
        const auto regions = all(QStringLiteral("analyst"), QStringLiteral("regions"));
        QCOMPARE(
            regions.value(QStringLiteral("r-4"))[QLatin1String("officer")][QLatin1String("phone")]
                .toString(),
            QStringLiteral("139****5678"));
        const auto sites = all(QStringLiteral("analyst"), QStringLiteral("sites"));
        QCOMPARE(
            sites.value(QStringLiteral("s-1"))[QLatin1String("contact")][QLatin1String("phone")]
                .toString(),
            QStringLiteral("059****5678"));
    }

    void regionScope()
    {
        // hanjiang sees 涵江区 (350303) only, plus the city outline above it.
        const auto regions = all(QStringLiteral("hanjiang"), QStringLiteral("regions"));
        QVERIFY(!isTombstone(regions.value(QStringLiteral("r-1"))));
        QVERIFY(isTombstone(regions.value(QStringLiteral("r-2"))));
        QVERIFY(!isTombstone(regions.value(QStringLiteral("r-3"))));
        QVERIFY(isTombstone(regions.value(QStringLiteral("r-4"))));
        const auto persons = all(QStringLiteral("hanjiang"), QStringLiteral("persons"));
        QVERIFY(isTombstone(persons.value(QStringLiteral("p-1"))));
        QCOMPARE(persons.value(QStringLiteral("p-2"))[QLatin1String("id_number")].toString(),
                 QStringLiteral("350303198502024321"));
        // Tracks follow their person; relations their `from` end; assessments their unit.
        const auto tracks = all(QStringLiteral("hanjiang"), QStringLiteral("tracks"));
        QVERIFY(isTombstone(tracks.value(QStringLiteral("t-1"))));
        QVERIFY(!isTombstone(tracks.value(QStringLiteral("t-2"))));
        QVERIFY(!isTombstone(all(QStringLiteral("hanjiang"), QStringLiteral("relations"))
                                 .value(QStringLiteral("rel-1"))));
        QVERIFY(!isTombstone(all(QStringLiteral("hanjiang"), QStringLiteral("assessments"))
                                 .value(QStringLiteral("as-1"))));
        QVERIFY(isTombstone(all(QStringLiteral("hanjiang"), QStringLiteral("surveys"))
                                .value(QStringLiteral("sur-1"))));
        QCOMPARE(ServerProcess::status(m_server.get(QStringLiteral("/api/v1/persons/p-1"),
                                                    m_tokens.value(QStringLiteral("hanjiang")))),
                 403);
    }

    void singleRecord_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("found") << "analyst" << "/api/v1/events/e-1" << 200;
        QTest::newRow("unknown id") << "analyst" << "/api/v1/events/e-99" << 404;
        QTest::newRow("unknown collection") << "analyst" << "/api/v1/things/e-1" << 404;
        QTest::newRow("above clearance") << "analyst" << "/api/v1/persons/p-2" << 403;
        QTest::newRow("restricted for admin") << "admin" << "/api/v1/persons/p-2" << 200;
    }

    void singleRecord()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(int, status);
        QNetworkReply *reply = m_server.get(path, m_tokens.value(user));
        QCOMPARE(ServerProcess::status(reply), status);
        const QJsonObject body = ServerProcess::json(reply);
        if (status == 200)
            QCOMPARE(body.value(QLatin1String("id")).toString(),
                     path.section(QLatin1Char('/'), -1));
        else
            QCOMPARE(body.value(QLatin1String("status")).toInt(), status);
    }

    void maskedSingleRecord()
    {
        const QJsonObject p1 = ServerProcess::json(m_server.get(
            QStringLiteral("/api/v1/persons/p-1"), m_tokens.value(QStringLiteral("analyst"))));
        QCOMPARE(p1.value(QLatin1String("id_number")).toString(),
                 QStringLiteral("350302********1234"));
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit 0") << "limit=0";
        QTest::newRow("limit 5001") << "limit=5001";
        QTest::newRow("limit text") << "limit=many";
        QTest::newRow("since negative") << "since=-1";
    }

    void badParameters()
    {
        QFETCH(QString, query);
        QNetworkReply *reply = m_server.get(QStringLiteral("/api/v1/sync/events?") + query,
                                            m_tokens.value(QStringLiteral("analyst")));
        QCOMPARE(ServerProcess::status(reply), 422);
        QCOMPARE(ServerProcess::json(reply).value(QLatin1String("status")).toInt(), 422);
        QCOMPARE(ServerProcess::status(m_server.get(QStringLiteral("/api/v1/sync/things"),
                                                    m_tokens.value(QStringLiteral("analyst")))),
                 404);
    }

    void annotations()
    {
        const QByteArray token = m_tokens.value(QStringLiteral("analyst"));
        QJsonObject note{
            {QStringLiteral("id"), QStringLiteral("9b2f6c1e-0000-4000-8000-000000000001")},
            {QStringLiteral("base_rev"), 0},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("person")},
                         {QStringLiteral("id"), QStringLiteral("p-1")}}},
            {QStringLiteral("kind"), QStringLiteral("note")},
            {QStringLiteral("author"), QStringLiteral("analyst")},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-27T09:00:00+08:00")},
            {QStringLiteral("text"), QStringLiteral("走访一次")}};
        const QString path =
            QStringLiteral("/api/v1/annotations/9b2f6c1e-0000-4000-8000-000000000001");
        auto put = [&](const QJsonObject &body) {
            return m_server.request("PUT", path, QJsonDocument(body).toJson(), token);
        };
        QNetworkReply *created = put(note);
        QCOMPARE(ServerProcess::status(created), 200);
        const QJsonObject stored = ServerProcess::json(created);
        const qint64 rev = stored.value(QLatin1String("rev")).toInteger();
        QVERIFY(rev > 23);
        QCOMPARE(stored.value(QLatin1String("text")).toString(), QStringLiteral("走访一次"));

        // The same PUT again (a lost answer, say) is no conflict.
        QNetworkReply *again = put(note);
        QCOMPARE(ServerProcess::status(again), 200);
        QCOMPARE(ServerProcess::json(again).value(QLatin1String("rev")).toInteger(), rev);

        // A different text on a stale base_rev is.
        note.insert(QStringLiteral("text"), QStringLiteral("改过"));
        QNetworkReply *conflict = put(note);
        QCOMPARE(ServerProcess::status(conflict), 409);
        const QJsonObject current =
            ServerProcess::json(conflict).value(QLatin1String("current")).toObject();
        QCOMPARE(current.value(QLatin1String("rev")).toInteger(), rev);
        QCOMPARE(current.value(QLatin1String("text")).toString(), QStringLiteral("走访一次"));

        note.insert(QStringLiteral("base_rev"), rev);
        QNetworkReply *updated = put(note);
        QCOMPARE(ServerProcess::status(updated), 200);
        QVERIFY(ServerProcess::json(updated).value(QLatin1String("rev")).toInteger() > rev);

        const auto synced = all(QStringLiteral("analyst"), QStringLiteral("annotations"));
        QCOMPARE(synced.size(), 1);
        QCOMPARE(synced.cbegin()->value(QLatin1String("text")).toString(), QStringLiteral("改过"));

        // Bad annotations, and a target above the caller's clearance.
        note.remove(QStringLiteral("kind"));
        QCOMPARE(ServerProcess::status(put(note)), 422);
        note.insert(QStringLiteral("kind"), QStringLiteral("flag"));
        note.insert(QStringLiteral("target"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("person")},
                                {QStringLiteral("id"), QStringLiteral("p-2")}});
        QCOMPARE(ServerProcess::status(put(note)), 403);
    }

    void acknowledgingAnAlert()
    {
        const QByteArray token = m_tokens.value(QStringLiteral("analyst"));
        // Listening first: the change is announced on the stream.
        QUrl url = m_server.base;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/stream"));
        url.setQuery(QStringLiteral("access_token=") + QString::fromLatin1(token));
        QWebSocket socket;
        QList<QJsonObject> changes;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            if (m.value(QLatin1String("type")).toString() == QLatin1String("changed"))
                changes.append(m.value(QLatin1String("collections")).toObject());
        });
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        QVERIFY(connected.wait(5000));

        const QJsonObject open =
            all(QStringLiteral("analyst"), QStringLiteral("alerts")).value(QStringLiteral("a-1"));
        QCOMPARE(open.value(QLatin1String("status")).toString(), QStringLiteral("open"));
        QCOMPARE(open.value(QLatin1String("rev")).toInteger(), 22);

        auto ack = [&](const QString &id) {
            const QJsonObject body{
                {QStringLiteral("id"), id},
                {QStringLiteral("base_rev"), 0},
                {QStringLiteral("target"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("alert")},
                             {QStringLiteral("id"), QStringLiteral("a-1")}}},
                {QStringLiteral("kind"), QStringLiteral("ack")},
                {QStringLiteral("author"), QStringLiteral("analyst")},
                {QStringLiteral("created_at"), QStringLiteral("2026-11-27T09:30:00+08:00")},
                {QStringLiteral("text"), QStringLiteral("已处置")}};
            return m_server.request("PUT", QStringLiteral("/api/v1/annotations/") + id,
                                    QJsonDocument(body).toJson(), token);
        };
        const QString first = QStringLiteral("9b2f6c1e-0000-4000-8000-000000000002");
        QNetworkReply *stored = ack(first);
        QCOMPARE(ServerProcess::status(stored), 200);
        const qint64 ackRev = ServerProcess::json(stored).value(QLatin1String("rev")).toInteger();

        // The alert is acknowledged at the next rev, so a sync from its old rev brings it.
        const QJsonObject acknowledged =
            all(QStringLiteral("analyst"), QStringLiteral("alerts")).value(QStringLiteral("a-1"));
        QCOMPARE(acknowledged.value(QLatin1String("status")).toString(),
                 QStringLiteral("acknowledged"));
        const qint64 alertRev = acknowledged.value(QLatin1String("rev")).toInteger();
        QCOMPARE(alertRev, ackRev + 1);
        QCOMPARE(acknowledged.value(QLatin1String("level")), open.value(QLatin1String("level")));
        const QJsonArray since = page(QStringLiteral("analyst"), QStringLiteral("alerts"), 22, 10)
                                     .value(QLatin1String("items"))
                                     .toArray();
        QCOMPARE(since.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 5000);
        QCOMPARE(changes.last().value(QLatin1String("alerts")).toInteger(), alertRev);
        QCOMPARE(changes.last().value(QLatin1String("annotations")).toInteger(), ackRev);

        // The same PUT again (a lost answer) and a second acknowledgement change nothing.
        QCOMPARE(ServerProcess::status(ack(first)), 200);
        QCOMPARE(ServerProcess::status(ack(QStringLiteral("9b2f6c1e-0000-4000-8000-000000000003"))),
                 200);
        QCOMPARE(all(QStringLiteral("analyst"), QStringLiteral("alerts"))
                     .value(QStringLiteral("a-1"))
                     .value(QLatin1String("rev"))
                     .toInteger(),
                 alertRev);
        socket.close();
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
