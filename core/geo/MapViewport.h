#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace yiping::geo {

// The camera of a north-up Web Mercator map: which normalised Mercator point is at the
// centre of a view of a given size, at which zoom. It is the one place where map layers,
// exports and hit tests turn geography into pixels, so they always agree.
class MapViewport
{
public:
    MapViewport() = default;
    MapViewport(const QPointF &centerLonLat, double zoom, const QSizeF &size);

    static MapViewport fitting(const QRectF &lonLatBounds, const QSizeF &size, double marginPx = 24,
                               double maxZoom = 19);

    QPointF centerLonLat() const;
    QPointF centerMercator() const { return m_center; }
    double zoom() const { return m_zoom; }
    QSizeF size() const { return m_size; }
    double scale() const; // pixels per normalised Mercator unit

    QPointF mercatorToScreen(const QPointF &mercator) const;
    QPointF lonLatToScreen(const QPointF &lonLat) const;
    QPointF screenToLonLat(const QPointF &px) const;
    QRectF visibleMercator() const;

    // Screen = mercator * scale + offset, as a transform (for QPainter and the scene graph).
    QTransform mercatorToScreenTransform() const;

private:
    QPointF m_center{0.5, 0.5};
    double m_zoom = 0;
    QSizeF m_size;
};

} // namespace yiping::geo
