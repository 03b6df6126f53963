#include "geo/GeoMath.h"

#include <cmath>
#include <numbers>

namespace yiping::geo {

namespace {

constexpr double kAuthalicRadius = 6371007.2;

double toRad(double deg)
{
    return deg * std::numbers::pi / 180.0;
}

// Spherical excess of a ring, by the trapezoid formula on the sphere (Chamberlain and
// Duquette, "Some algorithms for polygons on a sphere", JPL 2007). Sign follows winding.
double ringArea(const QList<QPointF> &ring)
{
    const qsizetype n = ring.size();
    if (n < 3)
        return 0;
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[(i + 1) % n];
        sum += toRad(b.x() - a.x()) * (2 + std::sin(toRad(a.y())) + std::sin(toRad(b.y())));
    }
    return sum * kAuthalicRadius * kAuthalicRadius / 2.0;
}

bool ringContains(const QList<QPointF> &ring, const QPointF &p)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) &&
            p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

} // namespace

double sphericalAreaKm2(const GeoPolygon &polygon)
{
    if (polygon.rings.isEmpty())
        return 0;
    double area = std::abs(ringArea(polygon.rings.first()));
    for (qsizetype i = 1; i < polygon.rings.size(); ++i)
        area -= std::abs(ringArea(polygon.rings[i]));
    return area / 1e6;
}

double sphericalAreaKm2(const GeoMultiPolygon &shape)
{
    double sum = 0;
    for (const GeoPolygon &p : shape)
        sum += sphericalAreaKm2(p);
    return sum;
}

bool contains(const GeoPolygon &polygon, const QPointF &p)
{
    bool inside = false;
    for (const QList<QPointF> &ring : polygon.rings)
        if (ringContains(ring, p))
            inside = !inside;
    return inside;
}

bool contains(const GeoMultiPolygon &shape, const QPointF &p)
{
    for (const GeoPolygon &polygon : shape)
        if (contains(polygon, p))
            return true;
    return false;
}

} // namespace yiping::geo
