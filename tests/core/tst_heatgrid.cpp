#include "analysis/HeatGrid.h"
#include "geo/WebMercator.h"

#include <QTest>

using namespace yiping;

class TestHeatGrid : public QObject
{
    Q_OBJECT

private:
    // A 10 km square around central Putian with 50 m cells.
    static analysis::HeatGrid grid(double radiusMetres)
    {
        const QPointF a = geo::WebMercator::project(118.95, 25.47);
        const QPointF b = geo::WebMercator::project(119.05, 25.38);
        const double metre = 1.0 / (geo::WebMercator::metresPerPixel(25.43, 0) * 256);
        return analysis::HeatGrid(QRectF(a, b).normalized(), 50 * metre, radiusMetres);
    }

private Q_SLOTS:
    void peaksAtThePointAndVanishesBeyondTheRadius()
    {
        auto g = grid(500);
        const QPointF p = geo::WebMercator::project(119.0, 25.43);
        g.add(p);
        QVERIFY(g.valueAt(p) > 0.95f);
        const double metre = 1.0 / (geo::WebMercator::metresPerPixel(25.43, 0) * 256);
        QVERIFY(g.valueAt(p + QPointF(300 * metre, 0)) > 0.1f);
        QVERIFY(g.valueAt(p + QPointF(300 * metre, 0)) < g.valueAt(p + QPointF(100 * metre, 0)));
        QCOMPARE(g.valueAt(p + QPointF(600 * metre, 0)), 0.0f);
        QCOMPARE(g.valueAt(p + QPointF(0, 600 * metre)), 0.0f);
    }

    void densityAddsUpAndWeightsCount()
    {
        auto g = grid(300);
        const QPointF p = geo::WebMercator::project(119.0, 25.43);
        g.add(p);
        const float one = g.valueAt(p);
        g.add(p, 2.0f);
        QVERIFY(std::abs(g.valueAt(p) - 3 * one) < 1e-5f);
        QCOMPARE(g.maximum(), g.valueAt(p));
    }

    void pointsOutsideTheGridAreHarmless()
    {
        auto g = grid(300);
        g.add(geo::WebMercator::project(100.0, 10.0));
        QCOMPARE(g.maximum(), 0.0f);
        QCOMPARE(g.valueAt(QPointF(-1, -1)), 0.0f);
    }
};

QTEST_GUILESS_MAIN(TestHeatGrid)
#include "tst_heatgrid.moc"
