#include "geo/PointClusters.h"
#include "geo/WebMercator.h"

#include <QTest>

using namespace yiping::geo;

class TestPointClusters : public QObject
{
    Q_OBJECT

private:
    // Two tight groups 20 km apart (points `spacing` degrees apart; 1e-3° ≈ 370 px at zoom 19) near
    // Putian, with their risk levels.
    static QList<MapPoint> twoGroups(double spacing = 1e-4)
    {
        QList<MapPoint> pts;
        int index = 0;
        for (int i = 0; i < 30; ++i)
            pts.append({WebMercator::project(119.00 + i * spacing, 25.43), 1 + i % 2, index++});
        for (int i = 0; i < 10; ++i)
            pts.append(
                {WebMercator::project(119.20 + i * spacing, 25.43), i == 5 ? 4 : 2, index++});
        return pts;
    }

private Q_SLOTS:
    void cityZoomGivesOneClusterPerGroup()
    {
        const auto clusters = clusterPoints(twoGroups(), 10);
        QCOMPARE(clusters.size(), 2);
        QList<int> counts{clusters[0].count, clusters[1].count};
        std::sort(counts.begin(), counts.end());
        QCOMPARE(counts, (QList<int>{10, 30}));
        for (const PointCluster &c : clusters)
            QCOMPARE(c.maxLevel, c.count == 10 ? 4 : 2);
    }

    void farOutOneCluster()
    {
        const auto clusters = clusterPoints(twoGroups(), 3);
        QCOMPARE(clusters.size(), 1);
        QCOMPARE(clusters.first().count, 40);
        QCOMPARE(clusters.first().maxLevel, 4);
    }

    void streetZoomSeparatesEveryPoint()
    {
        const auto clusters = clusterPoints(twoGroups(1e-3), 19);
        QCOMPARE(clusters.size(), 40);
        for (const PointCluster &c : clusters) {
            QCOMPARE(c.count, 1);
            QVERIFY(c.firstIndex >= 0);
        }
    }

    void clusterSitsAtTheMeanOfItsMembers()
    {
        const QList<MapPoint> pts{{QPointF(0.5, 0.5), 1, 0}, {QPointF(0.5001, 0.5001), 1, 1}};
        const auto clusters = clusterPoints(pts, 2);
        QCOMPARE(clusters.size(), 1);
        QVERIFY(std::abs(clusters.first().mercator.x() - 0.50005) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestPointClusters)
#include "tst_pointclusters.moc"
