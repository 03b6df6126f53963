#include "geo/PointClusters.h"

#include "geo/WebMercator.h"

#include <QHash>

#include <cmath>

namespace yiping::geo {

QList<PointCluster> clusterPoints(const QList<MapPoint> &points, int zoom, double cellPx)
{
    const double cellsAcross = WebMercator::worldSize(zoom) / cellPx;
    QHash<quint64, qsizetype> slot; // cell key -> index in `out`
    slot.reserve(points.size());
    QList<PointCluster> out;
    QList<QPointF> sums;
    for (const MapPoint &p : points) {
        const auto cx = quint64(std::floor(p.mercator.x() * cellsAcross));
        const auto cy = quint64(std::floor(p.mercator.y() * cellsAcross));
        const quint64 key = (cx << 32) | (cy & 0xffffffffu);
        auto it = slot.find(key);
        if (it == slot.end()) {
            it = slot.insert(key, out.size());
            out.append(PointCluster{p.mercator, 0, p.level, p.index});
            sums.append(QPointF());
        }
        PointCluster &c = out[*it];
        ++c.count;
        c.maxLevel = std::max(c.maxLevel, p.level);
        sums[*it] += p.mercator;
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].mercator = sums[i] / out[i].count;
        if (out[i].count > 1)
            out[i].firstIndex = -1;
    }
    return out;
}

} // namespace yiping::geo
