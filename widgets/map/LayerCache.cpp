#include "map/LayerCache.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

#include <cmath>

namespace yiping::map {

LayerCache::LayerCache(QQuickItem *parent)
    : QQuickItem(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (fits())
            freeze();
    });
    // A custom geometry node draws nothing under the software adaptation (the layers
    // paint there), and a ShaderEffectSource would only add a copy: no cache there.
    if (QQuickWindow::graphicsApi() == QSGRendererInterface::Software)
        m_enabled = false;
    // YIPING_MAP_CACHE=0 draws the layers live on every frame (to compare, or to rule the
    // cache out when a picture looks wrong).
    if (qgetenv("YIPING_MAP_CACHE") == "0")
        m_enabled = false;
}

void LayerCache::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    Q_EMIT cameraChanged();
    follow();
}

void LayerCache::setZoomLevel(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT cameraChanged();
    follow();
}

void LayerCache::setCacheEnabled(bool enabled)
{
    if (QQuickWindow::graphicsApi() == QSGRendererInterface::Software)
        enabled = false;
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    deactivate();
    if (fits())
        m_settle.start();
    Q_EMIT stateChanged();
}

QRectF LayerCache::pictureRect() const
{
    const double mx = width() * kMargin, my = height() * kMargin;
    return QRectF(-mx, -my, width() + 2 * mx, height() + 2 * my);
}

geo::MapViewport LayerCache::liveViewport() const
{
    return geo::MapViewport(QPointF(m_center.longitude(), m_center.latitude()), m_zoom,
                            QSizeF(width(), height()));
}

bool LayerCache::fits() const
{
    const QRectF picture = pictureRect();
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    return m_enabled && m_center.isValid() && width() > 0 && height() > 0 &&
           picture.width() * dpr <= kMaxTextureSide && picture.height() * dpr <= kMaxTextureSide;
}

// Called on every camera change: moves the picture, or starts a new one, or steps aside.
void LayerCache::follow()
{
    if (!m_active) {
        // Wait until the zoom has rested; a pan alone does not put that off.
        const bool zoomed = std::abs(m_restingZoom - m_zoom) > 1e-9;
        m_restingZoom = m_zoom;
        if (fits() && (zoomed || !m_settle.isActive()))
            m_settle.start();
        return;
    }
    if (std::abs(m_frozen.zoom() - m_zoom) > 1e-9) {
        deactivate();
        m_settle.start();
        return;
    }
    const QPointF shift =
        (m_frozen.centerMercator() - liveViewport().centerMercator()) * m_frozen.scale();
    if (std::abs(shift.x()) > width() * kMargin || std::abs(shift.y()) > height() * kMargin) {
        ++m_refreezes;
        freeze();
        return;
    }
    // On whole pixels: the picture stays as crisp as the layers drawn live (the hit tests,
    // on the live camera, are off by under half a pixel).
    const QPointF offset(std::round(shift.x()), std::round(shift.y()));
    if (offset != m_offset) {
        m_offset = offset;
        Q_EMIT offsetChanged();
    }
}

void LayerCache::freeze()
{
    m_settle.stop();
    m_frozen = liveViewport();
    if (m_offset != QPointF()) {
        m_offset = QPointF();
        Q_EMIT offsetChanged();
    }
    setActive(true);
    updateLayers();
}

void LayerCache::deactivate()
{
    m_settle.stop();
    if (!m_active)
        return;
    setActive(false);
    updateLayers();
}

void LayerCache::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT stateChanged();
}

void LayerCache::updateLayers()
{
    for (QQuickItem *child : childItems())
        child->update();
}

void LayerCache::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() == oldGeometry.size())
        return;
    deactivate();
    Q_EMIT stateChanged(); // the picture's rectangle
    if (fits())
        m_settle.start();
}

void LayerCache::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change == ItemSceneChange && value.window &&
        value.window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software)
        setCacheEnabled(false);
}

} // namespace yiping::map
