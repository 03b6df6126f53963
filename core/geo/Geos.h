#pragma once

#include "geo/GeoPolygon.h"

#include <geos_c.h>

#include <functional>
#include <memory>

// Private to core: the small RAII layer over GEOS' reentrant C API that core/geo shares.
namespace yiping::geo::geos {

// One GEOS context per thread: the reentrant API is thread-safe per handle.
GEOSContextHandle_t context();

struct Deleter
{
    void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(context(), g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, Deleter>;

// A GEOS polygon from ours, every vertex mapped through `project`; null if degenerate.
GeomPtr makePolygon(const GeoPolygon &polygon,
                    const std::function<QPointF(const QPointF &)> &project);

// The polygons of a geometry as one (multi)polygon, repaired if invalid; lines and points
// that a repair leaves are dropped. Null if nothing polygonal remains.
GeomPtr validPolygonal(GeomPtr geometry);

} // namespace yiping::geo::geos
