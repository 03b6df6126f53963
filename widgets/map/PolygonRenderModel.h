#pragma once

#include "geo/Boundary.h"
#include "geo/MapViewport.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QString>

#include <memory>

namespace yiping::map {

// What a polygon layer draws, prepared once from its features and shared read-only by
// both backends: triangles and rings for the scene graph, paths for QPainter.
//
// Geometry is kept in "local" units, (mercator - origin) * kLocalUnit, so that float
// vertices keep sub-pixel precision at street zoom and a camera change is only a new
// transform, never a re-projection or re-triangulation.
struct PolygonRenderModel
{
    static constexpr double kLocalUnit = 1 << 20;

    struct Feature
    {
        QString code;
        QString label;
        QPointF labelMercator;
        QColor fill;
        QRectF boundsMercator;
        QList<QList<QPointF>> rings; // local units, closed
        QList<QPointF> triangles;    // local units, 3 per triangle
        QPainterPath path;           // local units, odd-even fill
    };

    QPointF origin; // mercator
    QRectF boundsMercator;
    QRectF boundsLonLat;
    QList<Feature> features;
    QColor line;
    QColor labelColor;
    QColor labelHalo;

    static std::shared_ptr<const PolygonRenderModel> build(const QList<geo::Boundary> &boundaries,
                                                           const QColor &fill, const QColor &line);

    QPointF toLocal(const QPointF &mercator) const { return (mercator - origin) * kLocalUnit; }

    // local -> screen for a viewport: screen = local * k + t.
    QTransform localToScreen(const geo::MapViewport &vp) const;

    // Index of the feature under a screen point, or -1.
    int featureAt(const geo::MapViewport &vp, const QPointF &screen) const;

    // The QPainter backend (software adaptation and exports).
    void paint(QPainter *painter, const geo::MapViewport &vp) const
    {
        paintShapes(painter, vp);
        paintLabels(painter, vp);
    }
    void paintShapes(QPainter *painter, const geo::MapViewport &vp) const;
    void paintLabels(QPainter *painter, const geo::MapViewport &vp) const;
};

} // namespace yiping::map
