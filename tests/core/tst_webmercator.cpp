#include "geo/MapViewport.h"
#include "geo/WebMercator.h"

#include <QTest>

using namespace yiping::geo;

class TestWebMercator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void project_data()
    {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QPointF>("mercator");
        QTest::newRow("origin") << QPointF(0, 0) << QPointF(0.5, 0.5);
        QTest::newRow("west edge") << QPointF(-180, 0) << QPointF(0, 0.5);
        QTest::newRow("east edge") << QPointF(180, 0) << QPointF(1, 0.5);
        QTest::newRow("north limit") << QPointF(0, WebMercator::kMaxLatitude) << QPointF(0.5, 0);
        QTest::newRow("south limit") << QPointF(0, -WebMercator::kMaxLatitude) << QPointF(0.5, 1);
        QTest::newRow("beyond north clamps") << QPointF(0, 89.9) << QPointF(0.5, 0);
        QTest::newRow("Putian") << QPointF(119.0, 25.43) << QPointF(0.830555555556, 0.426920714971);
        QTest::newRow("Xianyou") << QPointF(118.5, 25.0) << QPointF(0.829166666667, 0.428240962520);
        QTest::newRow("Beijing") << QPointF(116.3975, 39.9087)
                                 << QPointF(0.823326388889, 0.378910002538);
        QTest::newRow("New York") << QPointF(-74.006, 40.7128)
                                  << QPointF(0.294427777778, 0.375980798258);
    }

    void project()
    {
        QFETCH(QPointF, lonLat);
        QFETCH(QPointF, mercator);
        const QPointF m = WebMercator::project(lonLat);
        QVERIFY2(std::abs(m.x() - mercator.x()) < 1e-9,
                 qPrintable(QString::number(m.x(), 'f', 12)));
        QVERIFY2(std::abs(m.y() - mercator.y()) < 1e-9,
                 qPrintable(QString::number(m.y(), 'f', 12)));
    }

    void roundTrip_data() { project_data(); }

    void roundTrip()
    {
        QFETCH(QPointF, lonLat);
        if (std::abs(lonLat.y()) > WebMercator::kMaxLatitude)
            QSKIP("clamped latitudes do not round-trip by design");
        const QPointF back = WebMercator::unproject(WebMercator::project(lonLat));
        QVERIFY(std::abs(back.x() - lonLat.x()) < 1e-9);
        QVERIFY(std::abs(back.y() - lonLat.y()) < 1e-9);
    }

    void scale()
    {
        QCOMPARE(WebMercator::worldSize(0), 256.0);
        QCOMPARE(WebMercator::worldSize(10), 262144.0);
        // The well-known ground resolution at the equator, zoom 0.
        QVERIFY(std::abs(WebMercator::metresPerPixel(0, 0) - 156543.034) < 0.01);
    }

    void viewportFitsBounds()
    {
        const QRectF putian(QPointF(118.45, 24.95), QPointF(119.35, 25.75));
        const MapViewport vp = MapViewport::fitting(putian, QSizeF(1200, 800), 24);
        for (const QPointF &corner :
             {putian.topLeft(), putian.topRight(), putian.bottomLeft(), putian.bottomRight()}) {
            const QPointF px = vp.lonLatToScreen(corner);
            QVERIFY(px.x() >= 23.9 && px.x() <= 1176.1);
            QVERIFY(px.y() >= 23.9 && px.y() <= 776.1);
        }
        // Tight in at least one direction: the city fills the view.
        const QPointF a = vp.lonLatToScreen(putian.topLeft());
        const QPointF b = vp.lonLatToScreen(putian.bottomRight());
        QVERIFY(std::abs(b.x() - a.x()) > 1150 || std::abs(b.y() - a.y()) > 750);
    }

    void viewportRoundTrip()
    {
        const MapViewport vp(QPointF(119.0, 25.4), 11.3, QSizeF(1000, 700));
        QCOMPARE(vp.lonLatToScreen(QPointF(119.0, 25.4)), QPointF(500, 350));
        const QPointF p(123.4, 567.8);
        const QPointF back = vp.lonLatToScreen(vp.screenToLonLat(p));
        QVERIFY(std::abs(back.x() - p.x()) < 1e-6 && std::abs(back.y() - p.y()) < 1e-6);
        const QPointF viaTransform =
            vp.mercatorToScreenTransform().map(WebMercator::project(vp.screenToLonLat(p)));
        QVERIFY(std::abs(viaTransform.x() - p.x()) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestWebMercator)
#include "tst_webmercator.moc"
