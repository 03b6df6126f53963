#include "geo/Gcj02.h"

#include <QTest>

#include <numbers>

using namespace yiping::geo;

// Known WGS-84 → GCJ-02 pairs published with widely used open implementations
// (eviltransform's test suite; coordtransform's example).
class TestGcj02 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairs_data()
    {
        QTest::addColumn<QPointF>("wgs");
        QTest::addColumn<QPointF>("gcj");
        QTest::newRow("Shanghai") << QPointF(121.5272106, 31.1774276)
                                  << QPointF(121.531541859215, 31.17530398364597);
        QTest::newRow("Shenzhen") << QPointF(113.912316, 22.543847)
                                  << QPointF(113.9171764808363, 22.540796131694766);
        QTest::newRow("Beijing") << QPointF(116.377817, 39.911954)
                                 << QPointF(116.38404722455657, 39.91334545536069);
        QTest::newRow("Tiananmen")
            << QPointF(116.404, 39.915) << QPointF(116.41024449916938, 39.91640428150164);
    }

    void pairs()
    {
        QFETCH(QPointF, wgs);
        QFETCH(QPointF, gcj);
        const QPointF forward = Gcj02::fromWgs84(wgs);
        QVERIFY2(std::abs(forward.x() - gcj.x()) < 1e-8 && std::abs(forward.y() - gcj.y()) < 1e-8,
                 qPrintable(QStringLiteral("%1, %2")
                                .arg(forward.x(), 0, 'f', 10)
                                .arg(forward.y(), 0, 'f', 10)));
        const QPointF back = Gcj02::toWgs84(gcj);
        QVERIFY(std::abs(back.x() - wgs.x()) < 1e-8 && std::abs(back.y() - wgs.y()) < 1e-8);
    }

    void putianOffsetIsAFewHundredMetres()
    {
        const QPointF wgs(119.0077, 25.4310);
        const QPointF d = Gcj02::fromWgs84(wgs) - wgs;
        const double metres =
            std::hypot(d.x() * 111320 * std::cos(25.43 * std::numbers::pi / 180), d.y() * 110540);
        QVERIFY2(metres > 200 && metres < 800, qPrintable(QString::number(metres)));
    }

    void outsideChinaUnchanged()
    {
        const QPointF london(-0.1276, 51.5072);
        QCOMPARE(Gcj02::fromWgs84(london), london);
        QCOMPARE(Gcj02::toWgs84(london), london);
    }
};

QTEST_GUILESS_MAIN(TestGcj02)
#include "tst_gcj02.moc"
