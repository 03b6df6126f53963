#pragma once

#include "geo/GeoPolygon.h"

namespace yiping::geo {

// Area on the authalic sphere (radius 6371007.2 m, same total area as the WGS-84
// ellipsoid), in square kilometres. Holes are subtracted. Within a fraction of a percent
// of the ellipsoidal geodesic area at city scale, at a fraction of its cost.
double sphericalAreaKm2(const GeoPolygon &polygon);
double sphericalAreaKm2(const GeoMultiPolygon &shape);

// Even-odd point-in-polygon over all rings (holes excluded), in the polygon's own units.
bool contains(const GeoPolygon &polygon, const QPointF &p);
bool contains(const GeoMultiPolygon &shape, const QPointF &p);

} // namespace yiping::geo
