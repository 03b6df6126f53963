#include "geo/Geos.h"

#include <vector>

namespace yiping::geo::geos {

GEOSContextHandle_t context()
{
    thread_local struct Handle
    {
        GEOSContextHandle_t h = GEOS_init_r();
        ~Handle() { GEOS_finish_r(h); }
    } handle;
    return handle.h;
}

namespace {

GEOSGeometry *makeRing(const QList<QPointF> &ring,
                       const std::function<QPointF(const QPointF &)> &project)
{
    const bool closed = ring.size() > 1 && ring.first() == ring.last();
    const unsigned n = unsigned(ring.size() + (closed ? 0 : 1));
    if (n < 4)
        return nullptr;
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(context(), n, 2);
    for (unsigned i = 0; i < n; ++i) {
        const QPointF p = project(ring[i % ring.size()]);
        GEOSCoordSeq_setXY_r(context(), seq, i, p.x(), p.y());
    }
    return GEOSGeom_createLinearRing_r(context(), seq);
}

void collectPolygons(const GEOSGeometry *g, std::vector<GEOSGeometry *> &out)
{
    const int type = GEOSGeomTypeId_r(context(), g);
    if (type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(context(), g))
            out.push_back(GEOSGeom_clone_r(context(), g));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(context(), g); ++i)
            collectPolygons(GEOSGetGeometryN_r(context(), g, i), out);
    }
}

} // namespace

GeomPtr makePolygon(const GeoPolygon &polygon,
                    const std::function<QPointF(const QPointF &)> &project)
{
    if (polygon.rings.isEmpty())
        return {};
    GEOSGeometry *shell = makeRing(polygon.rings.first(), project);
    if (!shell)
        return {};
    std::vector<GEOSGeometry *> holes;
    for (qsizetype i = 1; i < polygon.rings.size(); ++i)
        if (GEOSGeometry *hole = makeRing(polygon.rings[i], project))
            holes.push_back(hole);
    return GeomPtr(
        GEOSGeom_createPolygon_r(context(), shell, holes.data(), unsigned(holes.size())));
}

GeomPtr validPolygonal(GeomPtr geometry)
{
    if (!geometry)
        return {};
    // Boundaries from web maps repeat vertices and touch themselves.
    if (GEOSisValid_r(context(), geometry.get()) != 1) {
        geometry.reset(GEOSMakeValid_r(context(), geometry.get()));
        if (!geometry)
            return {};
    }
    const int type = GEOSGeomTypeId_r(context(), geometry.get());
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
        return geometry;
    std::vector<GEOSGeometry *> parts;
    collectPolygons(geometry.get(), parts);
    if (parts.empty())
        return {};
    return GeomPtr(GEOSGeom_createCollection_r(context(), GEOS_MULTIPOLYGON, parts.data(),
                                               unsigned(parts.size())));
}

} // namespace yiping::geo::geos
