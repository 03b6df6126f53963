#include "geo/Triangulation.h"

#include "geo/Geos.h"

namespace yiping::geo {

QList<QPointF> triangulate(const GeoPolygon &polygon,
                           const std::function<QPointF(const QPointF &)> &project)
{
    using namespace geos;
    QList<QPointF> out;
    const GeomPtr poly = validPolygonal(makePolygon(polygon, project));
    if (!poly)
        return out;
    const GeomPtr tris(GEOSConstrainedDelaunayTriangulation_r(context(), poly.get()));
    if (!tris)
        return out;
    const int count = GEOSGetNumGeometries_r(context(), tris.get());
    out.reserve(count * 3);
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry *tri = GEOSGetGeometryN_r(context(), tris.get(), i);
        const GEOSGeometry *ring = GEOSGetExteriorRing_r(context(), tri);
        const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(context(), ring);
        for (unsigned k = 0; k < 3; ++k) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(context(), seq, k, &x, &y);
            out.append(QPointF(x, y));
        }
    }
    return out;
}

} // namespace yiping::geo
