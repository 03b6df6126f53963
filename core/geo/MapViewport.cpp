#include "geo/MapViewport.h"

#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>

namespace yiping::geo {

MapViewport::MapViewport(const QPointF &centerLonLat, double zoom, const QSizeF &size)
    : m_center(WebMercator::project(centerLonLat))
    , m_zoom(zoom)
    , m_size(size)
{}

MapViewport MapViewport::fitting(const QRectF &lonLatBounds, const QSizeF &size, double marginPx,
                                 double maxZoom)
{
    const QPointF a = WebMercator::project(lonLatBounds.left(), lonLatBounds.bottom());
    const QPointF b = WebMercator::project(lonLatBounds.right(), lonLatBounds.top());
    const QRectF m = QRectF(a, b).normalized();
    const double w = std::max(1.0, size.width() - 2 * marginPx);
    const double h = std::max(1.0, size.height() - 2 * marginPx);
    const double sx = m.width() > 0 ? w / (m.width() * WebMercator::kTileSize) : 1e12;
    const double sy = m.height() > 0 ? h / (m.height() * WebMercator::kTileSize) : 1e12;
    const double zoom = std::clamp(std::log2(std::min(sx, sy)), 0.0, maxZoom);
    MapViewport v;
    v.m_center = m.center();
    v.m_zoom = zoom;
    v.m_size = size;
    return v;
}

QPointF MapViewport::centerLonLat() const
{
    return WebMercator::unproject(m_center);
}

double MapViewport::scale() const
{
    return WebMercator::worldSize(m_zoom);
}

QPointF MapViewport::mercatorToScreen(const QPointF &mercator) const
{
    return (mercator - m_center) * scale() + QPointF(m_size.width() / 2, m_size.height() / 2);
}

QPointF MapViewport::lonLatToScreen(const QPointF &lonLat) const
{
    return mercatorToScreen(WebMercator::project(lonLat));
}

QPointF MapViewport::screenToLonLat(const QPointF &px) const
{
    const QPointF m = (px - QPointF(m_size.width() / 2, m_size.height() / 2)) / scale() + m_center;
    return WebMercator::unproject(m);
}

QRectF MapViewport::visibleMercator() const
{
    const double s = scale();
    const QSizeF half(m_size.width() / 2 / s, m_size.height() / 2 / s);
    return QRectF(m_center - QPointF(half.width(), half.height()), half * 2);
}

QTransform MapViewport::mercatorToScreenTransform() const
{
    const double s = scale();
    return QTransform(s, 0, 0, s, m_size.width() / 2 - m_center.x() * s,
                      m_size.height() / 2 - m_center.y() * s);
}

} // namespace yiping::geo
