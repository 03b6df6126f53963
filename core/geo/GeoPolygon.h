#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <algorithm>

namespace yiping::geo {

// A polygon in geographic degrees: x = longitude, y = latitude. The first ring is the
// outer boundary, the rest are holes. Rings are stored closed or open; code that needs
// closure checks for it.
struct GeoPolygon
{
    QList<QList<QPointF>> rings;

    QRectF bounds() const
    {
        QRectF r;
        if (rings.isEmpty() || rings.first().isEmpty())
            return r;
        double x0 = rings.first().first().x(), x1 = x0;
        double y0 = rings.first().first().y(), y1 = y0;
        for (const QPointF &p : rings.first()) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
        return QRectF(QPointF(x0, y0), QPointF(x1, y1));
    }
};

using GeoMultiPolygon = QList<GeoPolygon>;

inline QRectF boundsOf(const GeoMultiPolygon &mp)
{
    QRectF r;
    for (const GeoPolygon &p : mp)
        r = r.isNull() ? p.bounds() : r.united(p.bounds());
    return r;
}

} // namespace yiping::geo
