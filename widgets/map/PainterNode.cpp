#include "map/PainterNode.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace yiping::map {

void PainterNode::setFrame(QQuickWindow *window, const QRectF &rect,
                           const geo::MapViewport &viewport, MapLayer::PaintFunction paint)
{
    m_window = window;
    m_rect = rect;
    m_viewport = viewport;
    m_paint = std::move(paint);
}

void PainterNode::render(const RenderState *state)
{
    if (!m_window || !m_paint)
        return;
    auto *painter = static_cast<QPainter *>(m_window->rendererInterface()->getResource(
        m_window, QSGRendererInterface::PainterResource));
    if (!painter)
        return;
    painter->save();
    painter->setTransform(matrix()->toTransform());
    painter->setOpacity(inheritedOpacity());
    if (const QRegion *clip = state->clipRegion(); clip && !clip->isEmpty())
        painter->setClipRegion(*clip, Qt::ReplaceClip);
    else
        painter->setClipRect(m_rect);
    m_paint(painter, m_viewport);
    painter->restore();
}

QSGRenderNode::RenderingFlags PainterNode::flags() const
{
    return BoundedRectRendering | DepthAwareRendering;
}

} // namespace yiping::map
