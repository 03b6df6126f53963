#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace yiping::geo::WebMercator {

namespace {
constexpr double kEarthCircumference = 2 * std::numbers::pi * 6378137.0;
}

QPointF project(double lon, double lat)
{
    const double clampedLat = std::clamp(lat, -kMaxLatitude, kMaxLatitude);
    const double x = (lon + 180.0) / 360.0;
    const double s = std::sin(clampedLat * std::numbers::pi / 180.0);
    const double y = 0.5 - std::log((1 + s) / (1 - s)) / (4 * std::numbers::pi);
    return {x, y};
}

QPointF unproject(const QPointF &m)
{
    const double lon = m.x() * 360.0 - 180.0;
    const double n = std::numbers::pi - 2 * std::numbers::pi * m.y();
    const double lat = 180.0 / std::numbers::pi * std::atan(std::sinh(n));
    return {lon, lat};
}

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

double metresPerPixel(double lat, double zoom)
{
    return kEarthCircumference * std::cos(lat * std::numbers::pi / 180.0) / worldSize(zoom);
}

} // namespace yiping::geo::WebMercator
