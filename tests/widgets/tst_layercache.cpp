#include "ExpectedBackend.h"
#include "RenderFrames.h"
#include "geo/WebMercator.h"
#include "map/LayerCache.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"
#include "map/Symbols.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTest>

#include <cmath>

using namespace yiping;

// The layer cache: while the map pans, the layers' picture is moved instead of drawn
// again. What the user sees must not change: after a pan (near or far), a change of the
// data or a zoom, the map shows what the layers draw live for the same camera, and a
// click picks what is under the pointer.

namespace {

constexpr QSize kViewSize(480, 320);
const QPointF kCentre(119.0, 25.45);
constexpr double kCell = 0.01;

QList<geo::Boundary> cells(int columns, int rows)
{
    QList<geo::Boundary> out;
    const QPointF origin = kCentre - QPointF(columns * kCell / 2, rows * kCell / 2);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QPointF o = origin + QPointF(c * kCell, r * kCell);
            geo::GeoPolygon p;
            p.rings.append(
                {o, o + QPointF(kCell, 0), o + QPointF(kCell, kCell), o + QPointF(0, kCell)});
            geo::Boundary b;
            b.code = QStringLiteral("%1-%2").arg(c).arg(r);
            b.name = QStringLiteral("格%1").arg(r * columns + c);
            b.shape.append(p);
            b.labelPoint = o + QPointF(kCell / 2, kCell / 2);
            out.append(b);
        }
    }
    return out;
}

bool near(QRgb a, QRgb b, int channel)
{
    return std::abs(qRed(a) - qRed(b)) <= channel && std::abs(qGreen(a) - qGreen(b)) <= channel &&
           std::abs(qBlue(a) - qBlue(b)) <= channel;
}

// The share of pixels of `a` that differ by more than `channel` in some channel from the
// pixel of `b` at the same place and from its 8 neighbours. The picture is placed on
// whole pixels and the live layers are not, so edges may be up to half a pixel apart.
double differingShare(const QImage &a, const QImage &b, int channel = 6)
{
    if (a.size() != b.size() || a.isNull())
        return 1.0;
    if (qEnvironmentVariableIsSet("YIPING_SHOTS")) {
        static int n = 0;
        const QString dir = qEnvironmentVariable("YIPING_SHOTS");
        a.save(QStringLiteral("%1/cache-%2-a.png").arg(dir).arg(n));
        b.save(QStringLiteral("%1/cache-%2-b.png").arg(dir).arg(n++));
    }
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb pa = a.pixel(x, y);
            bool matched = false;
            for (int dy = -1; dy <= 1 && !matched; ++dy) {
                for (int dx = -1; dx <= 1 && !matched; ++dx) {
                    const int bx = x + dx, by = y + dy;
                    matched = bx >= 0 && by >= 0 && bx < b.width() && by < b.height() &&
                              near(pa, b.pixel(bx, by), channel);
                }
            }
            differing += matched ? 0 : 1;
        }
    }
    return double(differing) / (a.width() * a.height());
}

} // namespace

class TestLayerCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<map::MapView> m_view;
    map::LayerCache *m_cache = nullptr;
    QList<geo::Boundary> m_cells;

    QImage render() { return renderFrames(m_view.get(), 3); }

    void pan(int dx, int dy)
    {
        QMetaObject::invokeMethod(m_view->mapItem(), "pan", Q_ARG(int, dx), Q_ARG(int, dy));
    }

    // Set in initTestCase from the backend this run is for (and got).
    bool m_software = false;
    bool software() const { return m_software; }

    bool waitActive()
    {
        return QTest::qWaitFor([this] { return m_cache->isActive(); }, 3000);
    }

    // What the layers draw live for the current camera, the cache left as it was.
    QImage liveRender()
    {
        m_cache->setCacheEnabled(false);
        const QImage image = render();
        m_cache->setCacheEnabled(true);
        return image;
    }

    void fillCells(const QColor &low, const QColor &high)
    {
        QList<QColor> fills;
        for (qsizetype i = 0; i < m_cells.size(); ++i)
            fills.append((i * 7) % 3 ? low : high);
        m_view->gridLayer()->setFills(fills);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_view = std::make_unique<map::MapView>();
        m_view->resize(kViewSize);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        // The checks of the picture are skipped under the software adaptation (no cache
        // there): a run meant for OpenGL that fell back to it must fail, not skip them.
        const auto expected = ExpectedBackend::fromEnvironment();
        QVERIFY2(expected.known, "YIPING_EXPECT_BACKEND must say which backend this run is for");
        QVERIFY(expected.matches(m_view->quickWindow()));
        m_software = expected.software;
        m_cache = m_view->rootObject()->findChild<map::LayerCache *>();
        QVERIFY(m_cache);
        m_cells = cells(24, 16);
        const auto model = map::PolygonRenderModel::build(m_cells, QColor(30, 90, 140, 160),
                                                          QColor(111, 183, 232), 12, 1.0);
        m_view->gridLayer()->setModel(model);
        m_view->gridLabels()->setModel(model);
        fillCells(QColor(30, 90, 140, 160), QColor(220, 120, 40, 200));
        QList<map::SymbolLayer::Symbol> persons;
        for (int i = 0; i < 60; ++i) {
            const QPointF p = kCentre + QPointF(std::cos(i) * 0.06, std::sin(i * 1.3) * 0.04);
            persons.append({geo::WebMercator::project(p), map::riskColour(1 + i % 4),
                            quint8(map::personSymbol(domain::PersonCategory(i % 8))),
                            quint8(1 + i % 4), QColor(), 0});
        }
        m_view->personLayer()->setSymbols(persons);
        m_view->setViewport(kCentre, 13.5);
    }

    void softwareBackendHasNoCache()
    {
        if (!software())
            QSKIP("the software adaptation's check (YIPING_EXPECT_BACKEND=software)");
        QTest::qWait(2 * map::LayerCache::kSettleMs);
        QVERIFY(!m_cache->isActive());
    }

    void aPanMovesThePictureAndShowsWhatIsDrawnLive()
    {
        if (software())
            QSKIP("no cache under the software adaptation");
        QVERIFY(waitActive());
        const QImage before = render();
        pan(37, -23);
        const QImage moved = render();
        QVERIFY(m_cache->isActive()); // a pan within the margin keeps the picture
        QCOMPARE(m_cache->offset(), QPointF(-37, 23));
        QVERIFY(differingShare(before, moved) > 0.05); // the map did move
        const QImage live = liveRender();
        QVERIFY2(differingShare(moved, live) < 0.002,
                 qPrintable(QString::number(differingShare(moved, live))));
    }

    void aFarPanDrawsANewPicture()
    {
        if (software())
            QSKIP("no cache under the software adaptation");
        QVERIFY(waitActive());
        const int before = m_cache->refreezeCount();
        for (int i = 0; i < 6; ++i) {
            pan(60, 0); // 360 px in all: past the margin of half a view (240 px)
            render();
        }
        QCOMPARE(m_cache->refreezeCount(), before + 1);
        const QImage cached = render();
        QVERIFY(differingShare(cached, liveRender()) < 0.002);
        pan(-360, 0);
        render();
        QVERIFY(differingShare(render(), liveRender()) < 0.002);
    }

    void aPictureStartedAfterALivePanHasItsMargins()
    {
        if (software())
            QSKIP("no cache under the software adaptation");
        QVERIFY(waitActive());
        // A zoom, then a pan while the zoom has not yet rested (the layers draw live)...
        m_view->mapItem()->setProperty("zoomLevel", 13.6);
        QVERIFY(!m_cache->isActive());
        render();
        pan(190, 0);
        render();
        QVERIFY(!m_cache->isActive());
        // ...then the picture, and a pan into its margin: labels and symbols are there.
        QVERIFY(waitActive());
        pan(230, 0);
        const QImage cached = render();
        QVERIFY(m_cache->isActive());
        const double share = differingShare(cached, liveRender());
        QVERIFY2(share < 0.002, qPrintable(QString::number(share)));
        m_view->setViewport(kCentre, 13.5);
    }

    void aResizedViewGetsAPictureOfItsNewSize()
    {
        if (software())
            QSKIP("no cache under the software adaptation");
        QVERIFY(waitActive());
        m_view->resize(kViewSize + QSize(160, 80));
        QTRY_COMPARE(m_cache->width(), qreal(kViewSize.width() + 160));
        QVERIFY(waitActive());
        QCOMPARE(m_cache->pictureRect().size(),
                 QSizeF(2 * (kViewSize.width() + 160), 2 * (kViewSize.height() + 80)));
        pan(-70, 40);
        const QImage cached = render();
        QCOMPARE(cached.size(), kViewSize + QSize(160, 80));
        QVERIFY(differingShare(cached, liveRender()) < 0.002);
        m_view->resize(kViewSize);
        QTRY_COMPARE(m_cache->width(), qreal(kViewSize.width()));
        m_view->setViewport(kCentre, 13.5);
    }

    void aChangedLayerRedrawsThePicture()
    {
        if (software())
            QSKIP("no cache under the software adaptation");
        QVERIFY(waitActive());
        pan(11, 7);
        const QImage before = render();
        fillCells(QColor(40, 160, 80, 200), QColor(200, 40, 160, 220));
        const QImage after = render();
        QVERIFY(m_cache->isActive());
        QVERIFY(differingShare(before, after) > 0.2);
        QVERIFY(differingShare(after, liveRender()) < 0.002);
        m_view->gridLayer()->setVisible(false);
        const QImage hidden = render();
        QVERIFY(differingShare(after, hidden) > 0.2);
        QVERIFY(differingShare(hidden, liveRender()) < 0.002);
        m_view->gridLayer()->setVisible(true);
    }

    void theCacheStepsAsideWhileTheZoomChanges()
    {
        if (software())
            QSKIP("no cache under the software adaptation");
        QVERIFY(waitActive());
        m_view->mapItem()->setProperty("zoomLevel", 14.0);
        QVERIFY(!m_cache->isActive());
        const QImage zoomed = render();
        QVERIFY(waitActive()); // once the zoom has rested
        QVERIFY(differingShare(zoomed, render()) < 0.002);
        m_view->setViewport(kCentre, 13.5);
    }

    // Not the cache itself, but what a zoom in motion shows while the cache steps aside:
    // labels are scaled with the map, and laid out anew once the zoom has rested.
    void labelsAreLaidOutAgainOnceTheZoomRests()
    {
        m_view->setViewport(kCentre, 12.8);
        render();
        m_view->setViewport(kCentre, 13.8); // a jump: laid out at once
        const QImage reference = render();
        m_view->setViewport(kCentre, 12.6);
        render();
        m_view->setViewport(kCentre, 13.6); // a jump: laid out at once
        render();
        m_view->setViewport(kCentre, 13.8); // a small step: scaled for now
        // Grabbed at once (a synchronous render): no event, so no timer, comes in between.
        const QImage moving = m_view->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
        QTest::qWait(3 * map::PolygonLayer::kLabelSettleMs);
        const QImage rested = render();
        if (!software()) // the software adaptation paints every label anew every frame
            QVERIFY(differingShare(moving, reference) > 0.0005);
        QVERIFY2(differingShare(rested, reference) < 0.002,
                 qPrintable(QString::number(differingShare(rested, reference))));
        m_view->setViewport(kCentre, 13.5);
    }

    void aClickAfterAPanPicksWhatIsUnderThePointer()
    {
        if (software())
            QSKIP("no cache under the software adaptation");
        QVERIFY(waitActive());
        pan(-53, 31);
        render();
        QVERIFY(m_cache->isActive());
        // The cell whose label point is at the view's centre after the pan.
        const QPointF centre(kViewSize.width() / 2.0, kViewSize.height() / 2.0);
        const int index = m_view->gridLayer()->featureAt(centre);
        QVERIFY(index >= 0);
        const QPointF lonLat = m_view->viewport().screenToLonLat(centre);
        const QRectF cell = m_cells[index].shape.first().bounds();
        QVERIFY(cell.contains(lonLat));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestLayerCache test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layercache.moc"
