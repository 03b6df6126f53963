#pragma once

#include "geo/GeoPolygon.h"

namespace yiping::geo {

// Where an area's name goes: the centre of the largest circle inscribed in its largest
// part (GEOS), so the label sits in the visual middle of a C-shaped district and on its
// mainland rather than on an island. Falls back to the bounding-box centre.
QPointF labelPoint(const GeoMultiPolygon &shape);

} // namespace yiping::geo
