#pragma once

#include "map/MapLayer.h"

#include <QSGRenderNode>

class QQuickWindow;

namespace yiping::map {

// Under Qt Quick's software adaptation the renderer hands a QSGRenderNode its QPainter;
// this node draws a layer's QPainter snapshot there. Everything it needs is copied in
// during the sync phase, so rendering never touches the layer itself.
class PainterNode : public QSGRenderNode
{
public:
    void setFrame(QQuickWindow *window, const QRectF &rect, const geo::MapViewport &viewport,
                  MapLayer::PaintFunction paint);

    void render(const RenderState *state) override;
    RenderingFlags flags() const override;
    QRectF rect() const override { return m_rect; }

private:
    QQuickWindow *m_window = nullptr;
    QRectF m_rect;
    geo::MapViewport m_viewport;
    MapLayer::PaintFunction m_paint;
};

} // namespace yiping::map
