#pragma once

#include "geo/GeoPolygon.h"

#include <geos_c.h>

#include <QByteArray>
#include <QList>
#include <memory>
#include <vector>

namespace yiping::gen {

class Json;

// The generator's thin RAII layer over GEOS' reentrant C API.
namespace geos {

GEOSContextHandle_t ctx();

struct Deleter
{
    void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(ctx(), g); }
};
using Geom = std::unique_ptr<GEOSGeometry, Deleter>;

struct PreparedDeleter
{
    void operator()(const GEOSPreparedGeometry *g) const { GEOSPreparedGeom_destroy_r(ctx(), g); }
};
using Prepared = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

// A valid (multi)polygon from a boundary; null if nothing polygonal remains.
Geom fromShape(const geo::GeoMultiPolygon &shape);

// Keeps the polygons of `g` (repairing it first when invalid) and drops parts smaller than
// `minArea` (square degrees): the slivers that clipping leaves along shared edges.
Geom polygonal(Geom g, double minArea = 0);

double area(const GEOSGeometry *g);
QRectF bounds(const GEOSGeometry *g);
QPointF pointOnSurface(const GEOSGeometry *g);
Geom difference(const GEOSGeometry *a, const GEOSGeometry *b);
Geom unionOf(const std::vector<const GEOSGeometry *> &parts);

// Voronoi cells of `seeds` clipped to `area`, one per seed in seed order. The cells
// partition `area`: adjacent cells share their Voronoi edge exactly. Seeds must be
// distinct and inside `area`; a cell that clips to nothing is returned null.
std::vector<Geom> voronoiPartition(const GEOSGeometry *area, const QList<QPointF> &seeds);

// A small axis-aligned square centred on `p` (a site's footprint).
Geom square(QPointF p, double halfSide);

// The geometry as a GeoJSON Polygon or MultiPolygon object, full double precision so that
// shared edges stay shared after a round trip.
void writeGeoJson(Json &json, const GEOSGeometry *g);

} // namespace geos
} // namespace yiping::gen
