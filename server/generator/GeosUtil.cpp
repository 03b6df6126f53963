#include "GeosUtil.h"

#include "DatasetWriter.h"
#include "geo/Geos.h"

#include <QLocale>
#include <QRectF>

namespace yiping::gen::geos {

// One GEOS context per thread, shared with core/geo (and so with its geometries).
GEOSContextHandle_t ctx()
{
    return geo::geos::context();
}

namespace {

void collectPolygons(const GEOSGeometry *g, double minArea, std::vector<GEOSGeometry *> &out)
{
    const int type = GEOSGeomTypeId_r(ctx(), g);
    if (type == GEOS_POLYGON) {
        double a = 0;
        GEOSArea_r(ctx(), g, &a);
        if (a > minArea && !GEOSisEmpty_r(ctx(), g))
            out.push_back(GEOSGeom_clone_r(ctx(), g));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx(), g); ++i)
            collectPolygons(GEOSGetGeometryN_r(ctx(), g, i), minArea, out);
    }
}

void writeRing(Json &json, const GEOSGeometry *ring)
{
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx(), ring);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(ctx(), seq, &n);
    json.beginArray();
    for (unsigned i = 0; i < n; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx(), seq, i, &x, &y);
        json.beginArray();
        json.raw(QByteArray::number(x, 'g', QLocale::FloatingPointShortest));
        json.raw(QByteArray::number(y, 'g', QLocale::FloatingPointShortest));
        json.endArray();
    }
    json.endArray();
}

void writePolygonRings(Json &json, const GEOSGeometry *polygon)
{
    json.beginArray();
    writeRing(json, GEOSGetExteriorRing_r(ctx(), polygon));
    for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx(), polygon); ++i)
        writeRing(json, GEOSGetInteriorRingN_r(ctx(), polygon, i));
    json.endArray();
}

} // namespace

Geom fromShape(const geo::GeoMultiPolygon &shape)
{
    std::vector<GEOSGeometry *> polygons;
    for (const geo::GeoPolygon &p : shape)
        if (geo::geos::GeomPtr polygon =
                geo::geos::makePolygon(p, [](const QPointF &q) { return q; }))
            polygons.push_back(polygon.release());
    Geom multi(GEOSGeom_createCollection_r(ctx(), GEOS_MULTIPOLYGON, polygons.data(),
                                           unsigned(polygons.size())));
    return polygonal(std::move(multi));
}

Geom polygonal(Geom g, double minArea)
{
    if (!g)
        return {};
    if (GEOSisValid_r(ctx(), g.get()) != 1) {
        Geom valid(GEOSMakeValid_r(ctx(), g.get()));
        g = std::move(valid);
        if (!g)
            return {};
    }
    std::vector<GEOSGeometry *> parts;
    collectPolygons(g.get(), minArea, parts);
    if (parts.empty())
        return {};
    if (parts.size() == 1)
        return Geom(parts.front());
    return Geom(GEOSGeom_createCollection_r(ctx(), GEOS_MULTIPOLYGON, parts.data(),
                                            unsigned(parts.size())));
}

double area(const GEOSGeometry *g)
{
    double a = 0;
    GEOSArea_r(ctx(), g, &a);
    return a;
}

QRectF bounds(const GEOSGeometry *g)
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    GEOSGeom_getXMin_r(ctx(), g, &x0);
    GEOSGeom_getYMin_r(ctx(), g, &y0);
    GEOSGeom_getXMax_r(ctx(), g, &x1);
    GEOSGeom_getYMax_r(ctx(), g, &y1);
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QPointF pointOnSurface(const GEOSGeometry *g)
{
    Geom p(GEOSPointOnSurface_r(ctx(), g));
    double x = 0, y = 0;
    GEOSGeomGetX_r(ctx(), p.get(), &x);
    GEOSGeomGetY_r(ctx(), p.get(), &y);
    return QPointF(x, y);
}

Geom difference(const GEOSGeometry *a, const GEOSGeometry *b)
{
    return Geom(GEOSDifference_r(ctx(), a, b));
}

Geom unionOf(const std::vector<const GEOSGeometry *> &parts)
{
    std::vector<GEOSGeometry *> clones;
    for (const GEOSGeometry *g : parts)
        clones.push_back(GEOSGeom_clone_r(ctx(), g));
    Geom collection(GEOSGeom_createCollection_r(ctx(), GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                unsigned(clones.size())));
    return polygonal(Geom(GEOSUnaryUnion_r(ctx(), collection.get())));
}

std::vector<Geom> voronoiPartition(const GEOSGeometry *area, const QList<QPointF> &seeds)
{
    std::vector<Geom> out(size_t(seeds.size()));
    if (seeds.size() == 1) {
        out[0] = Geom(GEOSGeom_clone_r(ctx(), area));
        return out;
    }
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx(), unsigned(seeds.size()), 2);
    for (qsizetype i = 0; i < seeds.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx(), seq, unsigned(i), seeds[i].x(), seeds[i].y());
    Geom points(GEOSGeom_createLineString_r(ctx(), seq)); // only its vertices matter
    // The diagram is clipped to the area's envelope (GEOS takes the larger of the two), so
    // every part of the area, islands included, falls in some cell.
    Geom cells(GEOSVoronoiDiagram_r(ctx(), points.get(), area, 0.0, GEOS_VORONOI_PRESERVE_ORDER));
    const int n = cells ? GEOSGetNumGeometries_r(ctx(), cells.get()) : 0;
    for (int i = 0; i < n && i < seeds.size(); ++i) {
        Geom clipped(GEOSIntersection_r(ctx(), GEOSGetGeometryN_r(ctx(), cells.get(), i), area));
        out[size_t(i)] = polygonal(std::move(clipped), 1e-12);
    }
    return out;
}

Geom square(QPointF p, double halfSide)
{
    return Geom(GEOSGeom_createRectangle_r(ctx(), p.x() - halfSide, p.y() - halfSide,
                                           p.x() + halfSide, p.y() + halfSide));
}

void writeGeoJson(Json &json, const GEOSGeometry *g)
{
    json.beginObject();
    if (GEOSGeomTypeId_r(ctx(), g) == GEOS_POLYGON) {
        json.key("type").str("Polygon");
        json.key("coordinates");
        writePolygonRings(json, g);
    } else {
        json.key("type").str("MultiPolygon");
        json.key("coordinates").beginArray();
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx(), g); ++i)
            writePolygonRings(json, GEOSGetGeometryN_r(ctx(), g, i));
        json.endArray();
    }
    json.endObject();
}

} // namespace yiping::gen::geos
