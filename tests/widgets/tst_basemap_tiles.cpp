#include "RenderFrames.h"
#include "Theme.h"
#include "geo/WebMercator.h"
#include "map/MapView.h"
#include "map/SymbolLayer.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace yiping;

// The basemap from a tile server: a real HTTP server on 127.0.0.1 inside the test answers
// GET /z/x/y.png with tiles of one colour and counts what it is asked for, and a second
// loopback listener stands in as the HTTP proxy for every other host, so a request meant
// for the internet (the osm plugin's providers repository, its default OSM hosts) is
// caught and counted instead of leaving the machine.

namespace {

constexpr QSize kViewSize(320, 240);
const QPointF kCentre(119.0, 25.45); // Putian
const QColor kTileColour(40, 160, 90);

struct TileRequest
{
    int z = -1, x = -1, y = -1;
};

// A minimal HTTP/1.1 server: one request per connection, answered and closed.
class LoopbackHttp
{
public:
    using Handler = std::function<QByteArray(const QByteArray &requestLine)>;

    explicit LoopbackHttp(Handler handler)
        : m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
                    m_requests.append(line);
                    m_headers += buffer->left(buffer->indexOf("\r\n\r\n") + 2);
                    socket->write(m_handler(line));
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> requests() const { return m_requests; }
    QByteArray headers() const { return m_headers; }
    void clear() { m_requests.clear(); }

private:
    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_requests;
    QByteArray m_headers;
};

QByteArray httpResponse(int status, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found") +
           "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray pngOf(const QColor &colour)
{
    QImage tile(256, 256, QImage::Format_RGB32);
    tile.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    tile.save(&buffer, "PNG");
    return bytes;
}

bool near(QRgb c, const QColor &want, int tolerance = 12)
{
    return std::abs(qRed(c) - want.red()) <= tolerance &&
           std::abs(qGreen(c) - want.green()) <= tolerance &&
           std::abs(qBlue(c) - want.blue()) <= tolerance;
}

QString describe(QRgb c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

// A square "district" of `half` degrees around a point.
geo::Boundary square(const QPointF &c, double half)
{
    geo::Boundary b;
    b.code = QStringLiteral("d");
    b.name = QStringLiteral("D");
    b.shape.append(geo::GeoPolygon{{{c + QPointF(-half, -half), c + QPointF(half, -half),
                                     c + QPointF(half, half), c + QPointF(-half, half)}}});
    b.labelPoint = c;
    return b;
}

} // namespace

class TestBasemapTiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<map::MapView> m_view;
    LoopbackHttp m_tiles{[](const QByteArray &line) {
        static const QRegularExpression path(QStringLiteral("^GET /(\\d+)/(\\d+)/(\\d+)\\.png "));
        if (path.match(QString::fromLatin1(line)).hasMatch())
            return httpResponse(200, "image/png", pngOf(kTileColour));
        return httpResponse(404, "text/plain", "no such tile");
    }};
    // Stands in for the HTTP proxy: whatever reaches it was meant for another host.
    LoopbackHttp m_trap{
        [](const QByteArray &) { return httpResponse(404, "text/plain", "not on this network"); }};

    QImage render() { return renderFrames(m_view.get(), 3); }

    QList<TileRequest> tileRequests() const
    {
        static const QRegularExpression path(QStringLiteral("^GET /(\\d+)/(\\d+)/(\\d+)\\.png "));
        QList<TileRequest> out;
        for (const QByteArray &line : m_tiles.requests()) {
            const auto m = path.match(QString::fromLatin1(line));
            if (m.hasMatch())
                out.append({m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()});
        }
        return out;
    }

    QString serverUrl() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_tiles.port()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tiles.listen());
        QVERIFY(m_trap.listen());
        const QByteArray proxy = "http://127.0.0.1:" + QByteArray::number(m_trap.port());
        qputenv("http_proxy", proxy);
        qputenv("https_proxy", proxy);
        qputenv("no_proxy", "127.0.0.1");
        {
            QNetworkAccessManager nam;
            std::unique_ptr<QNetworkReply> reply(nam.get(
                QNetworkRequest(QUrl(QStringLiteral("http://tiles.example.invalid/1/0/0.png")))));
            // The stand-in proxy works: a request for another host reaches it.
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(m_trap.requests().size(), 1);
            m_trap.clear();
        }
        m_view = std::make_unique<map::MapView>();
        m_view->resize(kViewSize);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    // The server is asked for the tiles of the view (and the osm plugin's prefetch of the
    // zoom levels beside it), and its tiles show wherever no layer draws.
    void tilesComeFromTheServer()
    {
        m_view->setDistricts({square(kCentre, 0.01)});
        QString error;
        QVERIFY2(m_view->setBasemap({map::BasemapSettings::TileServer, {}, serverUrl()}, &error),
                 qPrintable(error));
        m_view->setViewport(kCentre, 12);
        QTRY_VERIFY_WITH_TIMEOUT(near(render().pixel(8, 8), kTileColour), 8000);
        const QImage frame = render();
        // The district drawn over the tiles at the centre: neither the tile nor the canvas.
        const QRgb middle = frame.pixel(kViewSize.width() / 2, kViewSize.height() / 2);
        QVERIFY2(!near(middle, kTileColour, 6) && !near(middle, theme::background, 6),
                 qPrintable(describe(middle)));

        const QList<TileRequest> asked = tileRequests();
        QCOMPARE(asked.size(), m_tiles.requests().size()); // nothing but z/x/y.png
        // Every tile of the view at zoom 12 was asked for...
        const QRectF visible = m_view->viewport().visibleMercator();
        const int n = 1 << 12;
        const QRect tiles(QPoint(int(visible.left() * n), int(visible.top() * n)),
                          QPoint(int(visible.right() * n), int(visible.bottom() * n)));
        QSet<QPair<int, int>> atZoom12;
        for (const TileRequest &t : asked)
            if (t.z == 12)
                atZoom12.insert({t.x, t.y});
        for (int x = tiles.left(); x <= tiles.right(); ++x)
            for (int y = tiles.top(); y <= tiles.bottom(); ++y)
                QVERIFY2(atZoom12.contains({x, y}),
                         qPrintable(QStringLiteral("12/%1/%2").arg(x).arg(y)));
        // ...and nothing far from it: zoom 11–13, within a tile of the view.
        for (const TileRequest &t : asked) {
            QVERIFY2(t.z >= 11 && t.z <= 13, qPrintable(QString::number(t.z)));
            const double k = std::ldexp(1.0, t.z - 12);
            QVERIFY(t.x >= std::floor(tiles.left() * k) - 1 &&
                    t.x <= std::ceil((tiles.right() + 1) * k));
            QVERIFY(t.y >= std::floor(tiles.top() * k) - 1 &&
                    t.y <= std::ceil((tiles.bottom() + 1) * k));
        }
        // The product names itself in the agency server's logs.
        QVERIFY(m_tiles.headers().toLower().contains("\r\nuser-agent: yiping\r\n"));
        qInfo() << asked.size() << "tiles asked for at zoom 12 over a 320x240 view";
    }

    // Another server at the same view is asked again and shown: nothing is served from the
    // tiles the first one left in the cache (the osm plugin keys its cache by map type).
    void anotherServerIsAskedAgain()
    {
        const QColor other(200, 120, 30);
        LoopbackHttp second{[other](const QByteArray &line) {
            return line.startsWith("GET /") ? httpResponse(200, "image/png", pngOf(other))
                                            : httpResponse(404, "text/plain", "");
        }};
        QVERIFY(second.listen());
        QString error;
        QVERIFY2(m_view->setBasemap({map::BasemapSettings::TileServer,
                                     {},
                                     QStringLiteral("http://127.0.0.1:%1/").arg(second.port())},
                                    &error),
                 qPrintable(error));
        m_view->setViewport(kCentre, 12);
        QTRY_VERIFY_WITH_TIMEOUT(near(render().pixel(8, 8), other), 8000);
        QVERIFY(!second.requests().isEmpty());
        // And a template address is filled in as written.
        m_tiles.clear();
        QVERIFY(m_view->setBasemap({map::BasemapSettings::TileServer,
                                    {},
                                    serverUrl() + QStringLiteral("base/%z/%x/%y.png?v=2")}));
        m_view->setViewport(kCentre, 12);
        QTRY_VERIFY_WITH_TIMEOUT((render(), !m_tiles.requests().isEmpty()), 8000);
        QVERIFY2(m_tiles.requests().first().startsWith("GET /base/12/"),
                 m_tiles.requests().first().constData());
        QVERIFY(m_tiles.requests().first().contains(".png?v=2 "));
    }

    // A server that is not there: the map keeps rendering (no hang, no crash) and the layers
    // still show over the plain canvas.
    void aDeadServerLeavesTheLayers()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        m_view->setDistricts({square(kCentre, 0.01)});
        QString error;
        QVERIFY2(m_view->setBasemap({map::BasemapSettings::TileServer,
                                     {},
                                     QStringLiteral("http://127.0.0.1:%1/").arg(port)},
                                    &error),
                 qPrintable(error));
        m_view->setViewport(kCentre, 12);
        QElapsedTimer timer;
        timer.start();
        int frames = 0;
        // Two seconds of frames while the plugin fails and retries, panning a little.
        while (timer.elapsed() < 2000) {
            m_view->pan(frames % 2 ? 3 : -3, 0);
            const QImage frame = render();
            QVERIFY2(!frame.isNull(), "the map stopped rendering");
            ++frames;
        }
        m_view->setViewport(kCentre, 12);
        const QImage frame = render();
        const QRgb middle = frame.pixel(kViewSize.width() / 2, kViewSize.height() / 2);
        QVERIFY2(!near(middle, theme::background, 6) && !near(middle, kTileColour, 6),
                 qPrintable(describe(middle)));
        QVERIFY2(near(frame.pixel(8, 8), theme::background, 6),
                 qPrintable(describe(frame.pixel(8, 8))));
        qInfo() << frames << "frames in 2 s against a closed port";
        QVERIFY(frames > 10);
    }

    // Nothing reached the stand-in proxy: the map never asked any other host (no providers
    // repository, no default OpenStreetMap hosts) in all the above.
    void nothingCalledOut() { QCOMPARE(m_trap.requests(), QList<QByteArray>()); }
};

int main(int argc, char **argv)
{
    // A tile cache of this run's own, so no tile is ever served from an earlier run's.
    QTemporaryDir cache;
    qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestBasemapTiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_basemap_tiles.moc"
