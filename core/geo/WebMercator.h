#pragma once

#include <QPointF>

namespace yiping::geo {

// Spherical Web Mercator (EPSG:3857) in normalised units: the world is the unit square,
// x to the east from longitude -180, y to the south from latitude +85.0511. Multiplying
// by worldSize(zoom) gives the pixel coordinates Qt Location's Map uses at that zoom.
namespace WebMercator {

constexpr double kMaxLatitude = 85.05112877980659;
constexpr double kTileSize = 256.0;

QPointF project(double lon, double lat);
inline QPointF project(const QPointF &lonLat)
{
    return project(lonLat.x(), lonLat.y());
}
QPointF unproject(const QPointF &mercator); // returns (lon, lat)
double worldSize(double zoom);              // pixels across the world at this zoom
double metresPerPixel(double lat, double zoom);

} // namespace WebMercator
} // namespace yiping::geo
