#include "geo/LabelPoint.h"

#include "geo/GeoMath.h"
#include "geo/Geos.h"

#include <algorithm>

namespace yiping::geo {

QPointF labelPoint(const GeoMultiPolygon &shape)
{
    using namespace geos;
    const auto largest = std::max_element(shape.cbegin(), shape.cend(),
                                          [](const GeoPolygon &a, const GeoPolygon &b) {
                                              return sphericalAreaKm2(a) < sphericalAreaKm2(b);
                                          });
    if (largest == shape.cend())
        return {};
    const QRectF box = largest->bounds();
    const GeomPtr poly = validPolygonal(makePolygon(*largest, [](const QPointF &p) { return p; }));
    if (!poly)
        return box.center();
    const double tolerance = std::max(box.width(), box.height()) / 200;
    const GeomPtr circle(GEOSMaximumInscribedCircle_r(context(), poly.get(), tolerance));
    if (!circle)
        return box.center();
    const GeomPtr centre(GEOSGeomGetStartPoint_r(context(), circle.get()));
    double x = 0, y = 0;
    if (!centre || GEOSGeomGetX_r(context(), centre.get(), &x) != 1 ||
        GEOSGeomGetY_r(context(), centre.get(), &y) != 1)
        return box.center();
    return {x, y};
}

} // namespace yiping::geo
