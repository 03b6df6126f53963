#include "map/MapLayer.h"

#include "map/PainterNode.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

namespace yiping::map {

MapLayer::MapLayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    connect(this, &MapLayer::cameraChanged, this, &QQuickItem::update);
    connect(this, &MapLayer::zoomRangeChanged, this, &QQuickItem::update);
    connect(this, &QQuickItem::widthChanged, this, &QQuickItem::update);
    connect(this, &QQuickItem::heightChanged, this, &QQuickItem::update);
}

void MapLayer::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    Q_EMIT cameraChanged();
}

void MapLayer::setZoomLevel(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT cameraChanged();
}

void MapLayer::setMinZoom(double zoom)
{
    if (qFuzzyCompare(zoom, m_minZoom))
        return;
    m_minZoom = zoom;
    Q_EMIT zoomRangeChanged();
}

void MapLayer::setMaxZoom(double zoom)
{
    if (qFuzzyCompare(zoom, m_maxZoom))
        return;
    m_maxZoom = zoom;
    Q_EMIT zoomRangeChanged();
}

geo::MapViewport MapLayer::viewport() const
{
    return geo::MapViewport(QPointF(m_center.longitude(), m_center.latitude()), m_zoom,
                            QSizeF(width(), height()));
}

bool MapLayer::usesSoftwareBackend() const
{
    return window() &&
           window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

QSGNode *MapLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (!m_center.isValid() || width() <= 0 || height() <= 0 || !showsAtZoom(m_zoom)) {
        delete old;
        return nullptr;
    }
    const geo::MapViewport vp = viewport();
    if (usesSoftwareBackend()) {
        auto *node = dynamic_cast<PainterNode *>(old);
        if (!node) {
            delete old;
            node = new PainterNode;
        }
        node->setFrame(window(), QRectF(0, 0, width(), height()), vp, painterSnapshot());
        node->markDirty(QSGNode::DirtyMaterial);
        return node;
    }
    if (dynamic_cast<PainterNode *>(old)) {
        delete old;
        old = nullptr;
    }
    return updateSceneGraph(old, vp);
}

} // namespace yiping::map
