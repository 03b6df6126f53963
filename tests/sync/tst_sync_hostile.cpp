// Hostile pages from a canned HTTP server in this process: each costs an error message
// naming the collection and cursor, the other collections go on, the process lives.

#include "SyncFixture.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using namespace yiping;
using fixture::Collection;

namespace {

// Answers the contract's requests: a token, no /meta, empty pages, and for regions the
// body under test, written by `regions` (which may stream it in chunks).
class CannedServer : public QObject
{
public:
    using Writer = std::function<void(QTcpSocket *)>;

    explicit CannedServer(Writer regions)
        : m_regions(std::move(regions))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray path = buffer->split(' ').value(1);
                    buffer->clear();
                    answer(s, path);
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    static void reply(QTcpSocket *s, int status, const QByteArray &body)
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) +
                 " X\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

private:
    void answer(QTcpSocket *s, const QByteArray &path)
    {
        if (path.startsWith("/api/v1/auth/token"))
            return reply(s, 200,
                         R"({"access_token":"t","token_type":"Bearer","expires_in":3600,)"
                         R"("user":{"username":"u","display_name":"u","role":"admin",)"
                         R"("clearance":"restricted"}})");
        if (path.startsWith("/api/v1/sync/regions"))
            return m_regions(s);
        if (path.startsWith("/api/v1/sync/")) {
            const QByteArray name = path.mid(13, path.indexOf('?') - 13);
            return reply(s, 200,
                         R"({"collection":")" + name +
                             R"(","items":[],"next_since":0,"has_more":false})");
        }
        reply(s, 404, "{}");
    }

    QTcpServer m_server;
    Writer m_regions;
};

QByteArray page(const QByteArray &items)
{
    return R"({"collection":"regions","items":[)" + items + R"(],"next_since":9,"has_more":false})";
}

QByteArray region(const QByteArray &coordinates, const QByteArray &extra = {})
{
    return R"({"id":"r-1","rev":9,"updated_at":"2026-11-20T08:00:00+08:00","code":"1",)"
           R"("name":"n","level":1)" +
           extra + R"(,"geometry":{"type":"Polygon","coordinates":)" + coordinates + "}}";
}

QByteArray ring(qint64 vertices)
{
    QByteArray r = "[[";
    r.reserve(vertices * 16);
    for (qint64 i = 0; i < vertices - 1; ++i)
        r += "[119.0,25." + QByteArray::number(i % 1000) + "],";
    return r + "[119.0,25.0]]]";
}

// Streams `head`, then `size` bytes from `chunk` repeated, then `tail`, with no
// Content-Length, so the cap must be enforced as data arrives.
CannedServer::Writer stream(QByteArray head, QByteArray chunk, qint64 size, QByteArray tail)
{
    return [=](QTcpSocket *s) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" +
                 head);
        auto left = std::make_shared<qint64>(size);
        auto more = [s, chunk, tail, left] {
            if (s->bytesToWrite() > (qint64(4) << 20) || *left < 0)
                return;
            if (*left == 0) {
                s->write(tail);
                s->disconnectFromHost();
                *left = -1;
                return;
            }
            const qint64 n = std::min<qint64>(*left, 64);
            for (qint64 i = 0; i < n; ++i)
                s->write(chunk);
            *left -= n;
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, more);
        more();
    };
}

} // namespace

class TestSyncHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_caches = 0;

private Q_SLOTS:
    void rejected_data()
    {
        // A fixed body, or (when empty) the streamed case named by the row.
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message"); // a regular expression
        QTest::newRow("nested 10,000 deep") << page(QByteArray(10000, '[') + QByteArray(10000, ']'))
                                            << QStringLiteral("nested deeper");
        QTest::newRow("100 MB string") << QByteArray() << QStringLiteral("larger than");
        QTest::newRow("10 million vertices") << QByteArray() << QStringLiteral("larger than");
        QTest::newRow("announced too large") << QByteArray() << QStringLiteral("larger than");
        QTest::newRow("many tiny arrays")
            << page(region(ring(10)) + ',' + QByteArray("[0],").repeated(2100000) + "[0]")
            << QStringLiteral("arrays and objects");
        QTest::newRow("too many vertices")
            << page(region(ring(1200000))) << QStringLiteral("more than 1000000 vertices");
        QTest::newRow("NaN literal") << page(region("[[[NaN,25.0],[1,2],[1,3],[NaN,25.0]]]"))
                                     << QStringLiteral("not valid JSON");
        QTest::newRow("infinite coordinate")
            << page(region("[[[1e999,25.0],[1,2],[1,3],[1e999,25.0]]]"))
            << QStringLiteral("position|not valid JSON");
        QTest::newRow("latitude out of range")
            << page(region("[[[119,95.0],[119,2],[119,3],[119,95.0]]]"))
            << QStringLiteral("position");
        QTest::newRow("unclosed ring") << page(region("[[[119,25],[119,26],[118,26],[118,25]]]"))
                                       << QStringLiteral("not closed");
        QTest::newRow("bad centroid")
            << page(region(ring(4), R"(,"centroid":[119.0,"x"])")) << QStringLiteral("centroid");
        QTest::newRow("contract violation")
            << page(R"({"id":"r-1","rev":9,"updated_at":"2026-11-20T08:00:00+08:00"})")
            << QStringLiteral("required field");
        QTest::newRow("not a page") << QByteArray("[1,2,3]") << QStringLiteral("lacks collection");
    }
    void rejected()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const QByteArray row = QTest::currentDataTag();
        const QByteArray pageTail = "}],\"next_since\":9,\"has_more\":false}";
        CannedServer::Writer writer = [body](QTcpSocket *s) { CannedServer::reply(s, 200, body); };
        if (row == "100 MB string")
            writer = stream("{\"collection\":\"regions\",\"items\":[{\"id\":\"",
                            QByteArray(1 << 20, 'a'), 100, "\"" + pageTail);
        else if (row == "10 million vertices") // 10,000 chunks of 1,000 vertices
            writer = stream(
                "{\"collection\":\"regions\",\"items\":[" + region("").chopped(2) + "[[",
                QByteArray("[119.0,25.0],").repeated(1000), 10000, "[119.0,25.0]]]}" + pageTail);
        else if (row == "announced too large")
            writer = [](QTcpSocket *s) {
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         "Content-Length: 220000000\r\n\r\n{");
            };
        CannedServer server(writer);
        sync::ServerConfig config = fixture::config(server.url());
        config.retry.maxAttempts = 0;
        sync::SyncEngine engine(config,
                                m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_caches)));
        const sync::SyncSummary summary = fixture::runSync(engine);
        QCOMPARE(summary.collections.size(), yiping::domain::kCollectionCount);
        for (const sync::CollectionResult &r : summary.collections) {
            if (r.collection != Collection::Regions) {
                QVERIFY2(r.ok, qPrintable(r.error));
                continue;
            }
            QVERIFY(!r.ok);
            QVERIFY2(r.error.startsWith(QLatin1StringView("regions stopped at cursor 0:")),
                     qPrintable(r.error.left(500)));
            QVERIFY2(r.error.contains(QRegularExpression(message)), qPrintable(r.error.left(500)));
            QCOMPARE(engine.store()->count(Collection::Regions), 0);
        }
    }

    void acceptsASoundRegionAndUnknownFields()
    {
        CannedServer server([](QTcpSocket *s) {
            CannedServer::reply(
                s, 200, page(region(ring(5), R"(,"future_field":{"x":[1]},"level2":"novel")")));
        });
        sync::SyncEngine engine(fixture::config(server.url()),
                                m_dir.filePath(QStringLiteral("sound.sqlite")));
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(engine.store()->count(Collection::Regions), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncHostile)
#include "tst_sync_hostile.moc"
