#pragma once

#include "geo/GeoPolygon.h"

#include <QString>

namespace yiping::geo {

// An administrative area read from a boundary file: a district of the city today,
// towns and grid cells once the grid exists.
struct Boundary
{
    QString code; // GB/T 2260 code or grid code
    QString name;
    GeoMultiPolygon shape;
    QPointF labelPoint; // a point inside the shape, for labels and hit tests
    double areaKm2 = 0;
};

} // namespace yiping::geo
