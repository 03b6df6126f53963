#include "geo/Triangulation.h"

#include <geos_c.h>

#include <memory>

namespace yiping::geo {

namespace {

// One GEOS context per thread: GEOS' reentrant API is thread-safe per handle.
GEOSContextHandle_t context()
{
    thread_local struct Handle
    {
        GEOSContextHandle_t h = GEOS_init_r();
        ~Handle() { GEOS_finish_r(h); }
    } handle;
    return handle.h;
}

struct GeomDeleter
{
    void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(context(), g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;

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

// The polygons of a repaired geometry as one (multi)polygon; lines and points dropped.
GeomPtr polygonalPart(const GEOSGeometry *g)
{
    const int type = GEOSGeomTypeId_r(context(), g);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
        return GeomPtr(GEOSGeom_clone_r(context(), g));
    std::vector<GEOSGeometry *> parts;
    for (int i = 0; i < GEOSGetNumGeometries_r(context(), g); ++i) {
        const GEOSGeometry *part = GEOSGetGeometryN_r(context(), g, i);
        const int t = GEOSGeomTypeId_r(context(), part);
        if (t == GEOS_POLYGON) {
            parts.push_back(GEOSGeom_clone_r(context(), part));
        } else if (t == GEOS_MULTIPOLYGON) {
            for (int k = 0; k < GEOSGetNumGeometries_r(context(), part); ++k)
                parts.push_back(GEOSGeom_clone_r(context(), GEOSGetGeometryN_r(context(), part, k)));
        }
    }
    if (parts.empty())
        return {};
    return GeomPtr(GEOSGeom_createCollection_r(context(), GEOS_MULTIPOLYGON, parts.data(),
                                               unsigned(parts.size())));
}

} // namespace

QList<QPointF> triangulate(const GeoPolygon &polygon,
                           const std::function<QPointF(const QPointF &)> &project)
{
    QList<QPointF> out;
    if (polygon.rings.isEmpty())
        return out;
    GEOSGeometry *shell = makeRing(polygon.rings.first(), project);
    if (!shell)
        return out;
    std::vector<GEOSGeometry *> holes;
    for (qsizetype i = 1; i < polygon.rings.size(); ++i)
        if (GEOSGeometry *hole = makeRing(polygon.rings[i], project))
            holes.push_back(hole);
    GeomPtr poly(GEOSGeom_createPolygon_r(context(), shell, holes.data(), unsigned(holes.size())));
    if (!poly)
        return out;
    // Boundaries from web maps repeat vertices and touch themselves; the triangulation
    // needs a valid polygon, so repair first (keeping only the polygonal parts).
    if (GEOSisValid_r(context(), poly.get()) != 1) {
        GeomPtr valid(GEOSMakeValid_r(context(), poly.get()));
        if (!valid)
            return out;
        poly = polygonalPart(valid.get());
        if (!poly)
            return out;
    }
    GeomPtr tris(GEOSConstrainedDelaunayTriangulation_r(context(), poly.get()));
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
