#pragma once

#include <QList>
#include <QPointF>

namespace yiping::geo {

// Screen-space clustering of map points by zoom (as marker clusterers on web maps do):
// points whose Mercator positions fall into the same cell of `cellPx` pixels at an
// integer zoom form one cluster, placed at their mean position, counting its members and
// keeping the highest level among them (a cluster is coloured by its worst risk).
struct MapPoint
{
    QPointF mercator;
    int level = 0;  // e.g. risk level 1–4
    int index = -1; // the caller's index of the point
};

struct PointCluster
{
    QPointF mercator; // mean of the members
    int count = 0;
    int maxLevel = 0;
    int firstIndex = -1; // a single point's own index (count == 1)
};

QList<PointCluster> clusterPoints(const QList<MapPoint> &points, int zoom, double cellPx = 60);

} // namespace yiping::geo
