#pragma once

#include "geo/GeoPolygon.h"

#include <functional>

namespace yiping::geo {

// Triangulates a polygon (holes respected) with GEOS' constrained Delaunay
// triangulation, after mapping every vertex through `project` (e.g. to Mercator), so the
// triangles are well shaped in the space they are drawn in. Returns 3 points per
// triangle; an invalid or empty polygon gives no triangles.
QList<QPointF> triangulate(const GeoPolygon &polygon,
                           const std::function<QPointF(const QPointF &)> &project);

} // namespace yiping::geo
