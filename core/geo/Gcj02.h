#pragma once

#include <QPointF>

namespace yiping::geo {

// GCJ-02 ("Mars coordinates"), the obfuscated datum Chinese web maps must use, and its
// conversion to and from WGS-84. PROJ and GDAL do not implement it. Points are
// (longitude, latitude) in degrees. Outside China the two datums coincide.
namespace Gcj02 {

bool isInChina(const QPointF &lonLat);
QPointF fromWgs84(const QPointF &wgs);
// Iterative inverse, to within 1e-9 degrees (~0.1 mm).
QPointF toWgs84(const QPointF &gcj);

} // namespace Gcj02
} // namespace yiping::geo
