#include "ExpectedBackend.h"
#include "RenderFrames.h"
#include "Theme.h"
#include "geo/WebMercator.h"
#include "map/LayerCache.h"
#include "map/LayerRegistry.h"
#include "map/MapLayer.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/StandardLayers.h"
#include "map/SymbolLayer.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace yiping;

// The map's open layer API: a layer class of the test's own, unknown to the map's code,
// is added at run time and is drawn (in the layer cache's picture or live), exported,
// hit-tested and removed, in both backends (this suite runs under OpenGL and under Qt
// Quick's software adaptation).
//
// The expected pixels are worked out by hand from Web Mercator, 256-pixel tiles: at zoom
// 12 the world is 256 * 2^12 = 1,048,576 px wide, so 0.02° of longitude is
// 0.02 / 360 * 1,048,576 = 58.25 px; 0.02° of latitude at 25.44° is
// 1,048,576 / (2π) * (0.02 * π / 180) / cos(25.44°) = 166,886 * 3.4907e-4 * 1.10736
// = 64.51 px (southwards: down). The view is 400×300 around 119.00°E 25.45°N, so
// 119.02°E 25.43°N is at (258.25, 214.51) and 118.98°E 25.46°N at (141.75, 117.74)
// (half the latitude step: 32.26 px up).

namespace {

constexpr QSize kViewSize(400, 300);
const QPointF kCentre(119.0, 25.45);
constexpr double kZoom = 12;
const QPointF kPointA(119.02, 25.43);
const QPointF kPixelA(258.25, 214.51);
const QPointF kPointB(118.98, 25.46);
const QPointF kPixelB(141.75, 117.74);
constexpr double kHalf = 6; // the test layer's squares are 12 px wide
const QColor kMagenta(255, 0, 255);

// A square of kHalf * 2 pixels around each of its points, in one colour: a scene-graph
// geometry node on a GPU, QPainter under the software adaptation and in exports.
class SquareLayer : public map::MapLayer
{
public:
    explicit SquareLayer(QList<QPointF> lonLats, QColor colour = kMagenta)
        : m_colour(colour)
    {
        for (const QPointF &p : lonLats)
            m_mercator.append(geo::WebMercator::project(p));
    }

    int sceneGraphUpdates = 0; // how often the GPU backend was asked to draw
    int painterSnapshots = 0;  // and the QPainter one (software adaptation, exports)

    PaintFunction painterSnapshot() const override
    {
        ++const_cast<SquareLayer *>(this)->painterSnapshots;
        return [points = m_mercator, colour = m_colour](QPainter *painter,
                                                        const geo::MapViewport &vp) {
            for (const QPointF &m : points) {
                const QPointF s = vp.mercatorToScreen(m);
                painter->fillRect(QRectF(s - QPointF(kHalf, kHalf), QSizeF(2 * kHalf, 2 * kHalf)),
                                  colour);
            }
        };
    }

    QList<int> hitTest(const QPointF &screenPos) const override
    {
        QList<int> out;
        for (int i = 0; i < m_mercator.size(); ++i) {
            const QPointF off = viewport().mercatorToScreen(m_mercator[i]) - screenPos;
            if (std::abs(off.x()) <= kHalf && std::abs(off.y()) <= kHalf)
                out.append(i);
        }
        return out;
    }

protected:
    QSGNode *updateSceneGraph(QSGNode *old, const geo::MapViewport &vp) override
    {
        ++sceneGraphUpdates;
        auto *node = static_cast<QSGGeometryNode *>(old);
        if (!node) {
            node = new QSGGeometryNode;
            auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), 0);
            g->setDrawingMode(QSGGeometry::DrawTriangles);
            node->setGeometry(g);
            auto *material = new QSGFlatColorMaterial;
            material->setColor(m_colour);
            node->setMaterial(material);
            node->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);
        }
        QSGGeometry *g = node->geometry();
        g->allocate(int(m_mercator.size()) * 6);
        QSGGeometry::Point2D *v = g->vertexDataAsPoint2D();
        for (const QPointF &m : m_mercator) {
            const QPointF s = vp.mercatorToScreen(m);
            const float l = float(s.x() - kHalf), r = float(s.x() + kHalf);
            const float t = float(s.y() - kHalf), b = float(s.y() + kHalf);
            (v++)->set(l, t), (v++)->set(r, t), (v++)->set(r, b);
            (v++)->set(l, t), (v++)->set(r, b), (v++)->set(l, b);
        }
        node->markDirty(QSGNode::DirtyGeometry);
        return node;
    }

private:
    QList<QPointF> m_mercator;
    QColor m_colour;
};

bool isColour(QRgb pixel, const QColor &c)
{
    return std::abs(qRed(pixel) - c.red()) < 8 && std::abs(qGreen(pixel) - c.green()) < 8 &&
           std::abs(qBlue(pixel) - c.blue()) < 8;
}

QString describe(QRgb c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

} // namespace

class TestLayerApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<map::MapView> m_view;
    map::LayerCache *m_cache = nullptr;
    bool m_software = false;

    map::LayerRegistry *layers() const { return m_view->layerRegistry(); }
    QImage render() { return renderFrames(m_view.get(), 3); }

    void pan(int dx, int dy)
    {
        QMetaObject::invokeMethod(m_view->mapItem(), "pan", Q_ARG(int, dx), Q_ARG(int, dy));
    }

    // The square at `pixel` is in `colour` across its middle and the map's background a
    // few pixels beyond its edges.
    static void expectSquare(const QImage &image, const QPointF &pixel, const QColor &colour)
    {
        QVERIFY(!image.isNull());
        for (const QPointF d : {QPointF(0, 0), QPointF(-4, -4), QPointF(4, 4)}) {
            const QPoint p = (pixel + d).toPoint();
            QVERIFY2(isColour(image.pixel(p), colour), qPrintable(QStringLiteral("%1 at %2,%3")
                                                                      .arg(describe(image.pixel(p)))
                                                                      .arg(p.x())
                                                                      .arg(p.y())));
        }
        for (const QPointF d : {QPointF(-10, 0), QPointF(10, 0), QPointF(0, -10), QPointF(0, 10)}) {
            const QPoint p = (pixel + d).toPoint();
            QVERIFY2(isColour(image.pixel(p), theme::background),
                     qPrintable(QStringLiteral("%1 at %2,%3")
                                    .arg(describe(image.pixel(p)))
                                    .arg(p.x())
                                    .arg(p.y())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_view = std::make_unique<map::MapView>();
        m_view->resize(kViewSize);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        // The backend this run was registered for, and no other: a run that silently fell
        // back to another would prove nothing about it.
        const auto expected = ExpectedBackend::fromEnvironment();
        QVERIFY2(expected.known, "YIPING_EXPECT_BACKEND must say which backend this run is for");
        QVERIFY(expected.matches(m_view->quickWindow()));
        m_software = expected.software;
        m_cache = m_view->rootObject()->findChild<map::LayerCache *>();
        QVERIFY(m_cache);
        m_view->setViewport(kCentre, kZoom);
        QTRY_VERIFY(std::abs(m_view->viewport().zoom() - kZoom) < 1e-9);
    }

    void init()
    {
        m_view->setViewport(kCentre, kZoom);
        QTRY_VERIFY(std::abs(m_view->viewport().zoom() - kZoom) < 1e-9);
    }

    void cleanup()
    {
        for (const QString &key :
             {QStringLiteral("test"), QStringLiteral("test-live"), QStringLiteral("test-hidden")})
            layers()->remove(key);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void theMapRegistersItsOwnLayersInZOrder()
    {
        namespace key = map::layerkey;
        const QStringList expected = {key::districts,      key::grid,       key::heat,
                                      key::siteFootprints, key::events,     key::sites,
                                      key::persons,        key::alerts,     key::alertHalos,
                                      key::hover,          key::gridLabels, key::districtLabels};
        QStringList keys;
        for (map::MapLayer *layer : layers()->layers())
            for (const QString &k : expected)
                if (layers()->layer(k) == layer)
                    keys.append(k);
        QCOMPARE(keys, expected);
        QCOMPARE(layers()->layer(key::grid), m_view->gridLayer());
        QCOMPARE(layers()->group(key::sites),
                 (QList<map::MapLayer *>{m_view->siteFootprints(), m_view->siteLayer()}));
        QVERIFY(!layers()->spec(key::alertHalos)->cached);
        QVERIFY(!layers()->spec(key::hover)->cached);
        QVERIFY(!layers()->spec(key::hover)->exported);
        QVERIFY(layers()->spec(key::alerts)->cached);
        QVERIFY(
            !layers()->add(new SquareLayer({}), map::LayerSpec(key::grid, 0))); // the key is taken
    }

    void anAddedLayerIsDrawnWhereItsCoordinatesAre()
    {
        auto *layer = new SquareLayer({kPointA, kPointB});
        QVERIFY(layers()->add(layer, map::LayerSpec(QStringLiteral("test"), 65)));
        QCOMPARE(layer->parentItem(), m_cache); // cached by default
        QCOMPARE(layer->size(), QSizeF(kViewSize));
        const QImage image = render();
        expectSquare(image, kPixelA, kMagenta);
        expectSquare(image, kPixelB, kMagenta);
    }

    // On a GPU the picture is drawn once and moved by a pan: the layer is not asked to draw
    // again, yet shows where the pan took it. The software adaptation has no cache: the
    // layer draws live there, on every frame.
    void aCachedLayerIsInThePicture()
    {
        auto *layer = new SquareLayer({kPointA});
        QVERIFY(layers()->add(layer, map::LayerSpec(QStringLiteral("test"), 65)));
        if (m_software) {
            QTest::qWait(2 * map::LayerCache::kSettleMs);
            QVERIFY(!m_cache->isActive());
            render();
            const int before = layer->painterSnapshots;
            pan(30, 20);
            expectSquare(render(), kPixelA - QPointF(30, 20), kMagenta);
            QVERIFY(layer->painterSnapshots > before);
            return;
        }
        QVERIFY(QTest::qWaitFor([this] { return m_cache->isActive(); }, 3000));
        render();
        const int before = layer->sceneGraphUpdates;
        pan(30, 20);
        const QImage moved = render();
        QVERIFY(m_cache->isActive());
        QCOMPARE(m_cache->offset(), QPointF(-30, -20));
        QCOMPARE(layer->sceneGraphUpdates, before);
        expectSquare(moved, kPixelA - QPointF(30, 20), kMagenta);
    }

    void aLiveLayerDrawsOverThePictureOnEveryMove()
    {
        auto *layer = new SquareLayer({kPointA}, QColor(0, 255, 0));
        QVERIFY(layers()->add(layer, map::LayerSpec(QStringLiteral("test-live"), 1).drawnLive()));
        QVERIFY(layer->parentItem() != m_cache);
        // Live layers are over the picture whatever their z: here over the district labels.
        QVERIFY(layer->z() < layers()->spec(map::layerkey::districtLabels)->z);
        if (!m_software)
            QVERIFY(QTest::qWaitFor([this] { return m_cache->isActive(); }, 3000));
        render();
        const int before = m_software ? layer->painterSnapshots : layer->sceneGraphUpdates;
        pan(-25, 15);
        expectSquare(render(), kPixelA + QPointF(25, -15), QColor(0, 255, 0));
        QVERIFY((m_software ? layer->painterSnapshots : layer->sceneGraphUpdates) > before);
    }

    // The export at twice the view's size: zoom 13, so the offsets from the centre double:
    // A at (400 + 116.51, 300 + 129.02).
    void anAddedLayerIsExportedUnlessItSaysNot()
    {
        QVERIFY(
            layers()->add(new SquareLayer({kPointA}), map::LayerSpec(QStringLiteral("test"), 65)));
        QVERIFY(layers()->add(new SquareLayer({kPointB}),
                              map::LayerSpec(QStringLiteral("test-hidden"), 66).notExported()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.png"));
        QString error;
        QVERIFY2(m_view->exportImage(path, kViewSize * 2, &error), qPrintable(error));
        const QImage image = QImage(path).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), kViewSize * 2);
        expectSquare(image, QPointF(516.51, 429.02), kMagenta);
        const QPoint b(283, 235); // B: (400 - 116.51, 300 - 64.52), a layer not exported
        QVERIFY2(isColour(image.pixel(b), theme::background), qPrintable(describe(image.pixel(b))));
        // Hidden layers are not exported either.
        layers()->layer(QStringLiteral("test"))->setVisible(false);
        QVERIFY(m_view->exportImage(path, kViewSize * 2, &error));
        const QImage hidden = QImage(path).convertToFormat(QImage::Format_RGB32);
        QVERIFY(isColour(hidden.pixel(QPoint(516, 429)), theme::background));
    }

    void aClickReachesTheTopmostLayerUnderIt()
    {
        auto *low = new SquareLayer({kPointB, kPointA});
        auto *high = new SquareLayer({kPointA}, QColor(0, 255, 0));
        QVERIFY(layers()->add(low, map::LayerSpec(QStringLiteral("test"), 65).withHitTest()));
        QVERIFY(layers()->add(
            high, map::LayerSpec(QStringLiteral("test-live"), 95).drawnLive().withHitTest()));
        render();
        QSignalSpy lowClicks(low, &map::MapLayer::clicked);
        QSignalSpy highClicks(high, &map::MapLayer::clicked);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, kPixelB.toPoint());
        QTRY_COMPARE(lowClicks.size(), 1);
        QCOMPARE(lowClicks.first().first().value<QList<int>>(), QList<int>{0});
        QCOMPARE(highClicks.size(), 0);
        // A: both layers have a square there; the one above takes the click.
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, kPixelA.toPoint());
        QTRY_COMPARE(highClicks.size(), 1);
        QCOMPARE(highClicks.first().at(1).value<Qt::KeyboardModifiers>(), Qt::ShiftModifier);
        QCOMPARE(lowClicks.size(), 1);
        const QList<map::MapHit> hits = layers()->hitsAt(kPixelA);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].key, QStringLiteral("test-live"));
        QCOMPARE(hits[1].key, QStringLiteral("test"));
        QCOMPARE(hits[1].indices, QList<int>{1});
        // Nothing 10 px beside the squares; a hidden layer is not asked.
        QVERIFY(layers()->hitsAt(kPixelA + QPointF(10, 0)).isEmpty());
        high->setVisible(false);
        QCOMPARE(layers()->hitsAt(kPixelA).size(), 1);
    }

    void aGroupIsSwitchedAndFadedTogether()
    {
        auto *a = new SquareLayer({kPointA});
        auto *b = new SquareLayer({kPointB});
        QVERIFY(layers()->add(
            a, map::LayerSpec(QStringLiteral("test"), 65).inGroup(QStringLiteral("g"))));
        QVERIFY(layers()->add(b, map::LayerSpec(QStringLiteral("test-live"), 66)
                                     .inGroup(QStringLiteral("g"))
                                     .keepsOpacity()));
        QSignalSpy legends(layers(), &map::LayerRegistry::legendChanged);
        layers()->setLegend(QStringLiteral("g"),
                            {{kMagenta, map::LegendEntry::Swatch, {}, QStringLiteral("square")}});
        QCOMPARE(legends.size(), 1);
        QCOMPARE(layers()->legend(QStringLiteral("g")).first().text, QStringLiteral("square"));
        layers()->setGroupOpacity(QStringLiteral("g"), 0.5);
        QCOMPARE(a->opacity(), 0.5);
        QCOMPARE(b->opacity(), 1.0);
        layers()->setGroupVisible(QStringLiteral("g"), false);
        QVERIFY(!a->isVisible() && !b->isVisible());
        const QImage image = render();
        QVERIFY(isColour(image.pixel(kPixelA.toPoint()), theme::background));
        QVERIFY(isColour(image.pixel(kPixelB.toPoint()), theme::background));
    }

    void aRemovedLayerIsGone()
    {
        QVERIFY(
            layers()->add(new SquareLayer({kPointA}), map::LayerSpec(QStringLiteral("test"), 65)));
        expectSquare(render(), kPixelA, kMagenta);
        layers()->remove(QStringLiteral("test"));
        QVERIFY(!layers()->layer(QStringLiteral("test")));
        const QImage image = render();
        QVERIFY2(isColour(image.pixel(kPixelA.toPoint()), theme::background),
                 qPrintable(describe(image.pixel(kPixelA.toPoint()))));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestLayerApi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layerapi.moc"
