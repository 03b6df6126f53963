#pragma once

#include "geo/Boundary.h"
#include "geo/MapViewport.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QSizeF>
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
        // Free room around the label point inside the feature, along the horizontal and
        // the vertical line through it (twice the nearer edge), in Mercator units: a label
        // is drawn only when its box fits, so thousands of cells do not pile up labels.
        QSizeF labelRoomMercator;
        QSizeF labelSizePx; // the label's text box at labelPixelSize
        QColor fill;
        QRectF boundsMercator;
        QList<QList<QPointF>> rings; // local units, closed
        QList<QPointF> triangles;    // local units, 3 per triangle
        QPainterPath path;           // local units, odd-even fill
    };

    // What a layer changes without rebuilding the model: fills by feature index (empty:
    // the model's own) and the selected features (sorted, without repeats).
    struct Style
    {
        std::shared_ptr<const QList<QColor>> fills;
        QList<qsizetype> selected;

        QColor fillOf(const PolygonRenderModel &model, qsizetype i) const
        {
            return fills && i < fills->size() ? fills->at(i) : model.features[i].fill;
        }
    };

    QPointF origin; // mercator
    QRectF boundsMercator;
    QRectF boundsLonLat;
    QList<Feature> features;
    QColor line;
    QColor labelColor;
    QColor labelHalo;
    int labelPixelSize = 15;
    double lineWidthPx = 1.5;

    static std::shared_ptr<const PolygonRenderModel> build(const QList<geo::Boundary> &boundaries,
                                                           const QColor &fill, const QColor &line,
                                                           int labelPixelSize = 15,
                                                           double lineWidthPx = 1.5);

    static QFont labelFont(int pixelSize);
    static constexpr double kSelectionWidthPx = 3;

    QPointF toLocal(const QPointF &mercator) const { return (mercator - origin) * kLocalUnit; }

    // local -> screen for a viewport: screen = local * k + t.
    QTransform localToScreen(const geo::MapViewport &vp) const;

    // Index of the feature under a screen point, or -1.
    int featureAt(const geo::MapViewport &vp, const QPointF &screen) const;

    // Whether feature i's label is on screen and fits inside its feature at this zoom.
    bool labelShown(qsizetype i, const geo::MapViewport &vp) const;

    // The QPainter backend (software adaptation and exports).
    void paint(QPainter *painter, const geo::MapViewport &vp) const
    {
        paintShapes(painter, vp);
        paintLabels(painter, vp);
    }
    void paintShapes(QPainter *painter, const geo::MapViewport &vp) const;
    void paintShapes(QPainter *painter, const geo::MapViewport &vp, const Style &style) const;
    void paintLabels(QPainter *painter, const geo::MapViewport &vp) const;
};

} // namespace yiping::map
