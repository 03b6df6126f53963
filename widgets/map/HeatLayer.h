#pragma once

#include "analysis/HeatGrid.h"
#include "map/MapLayer.h"

#include <QImage>

#include <memory>

namespace yiping::map {

// Event density as a raster over the map: the caller computes an analysis::HeatGrid off
// the GUI thread; the layer colours it once per setHeat into an image (a perceptual
// inferno-like ramp whose low end fades to transparent, visual rules) and draws it
// stretched over the grid's Mercator area, as a texture on a GPU and with drawImage under
// QPainter, so pan and zoom only move a rectangle.
class HeatLayer : public MapLayer
{
    Q_OBJECT

public:
    explicit HeatLayer(QQuickItem *parent = nullptr);

    void setHeat(std::shared_ptr<const analysis::HeatGrid> heat);
    std::shared_ptr<const analysis::HeatGrid> heat() const { return m_heat; }
    QImage image() const { return m_image; }

    // The ramp: t in [0, 1] (density / maximum) to a premultiplied colour.
    static QRgb colourAt(double t);

    PaintFunction painterSnapshot() const override;

protected:
    QSGNode *updateSceneGraph(QSGNode *old, const geo::MapViewport &viewport) override;

private:
    std::shared_ptr<const analysis::HeatGrid> m_heat;
    QImage m_image; // premultiplied ARGB, one pixel per grid cell, north up
    int m_generation = 0;
};

} // namespace yiping::map
