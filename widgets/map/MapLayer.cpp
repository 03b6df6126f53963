#include "map/MapLayer.h"

#include "map/LayerCache.h"
#include "map/PainterNode.h"

#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSGTransformNode>

namespace yiping::map {

namespace {
// The node that carries the datum correction's linear part over a layer's subtree.
class CorrectionNode : public QSGTransformNode
{};
} // namespace

MapLayer::MapLayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    // Inside an active LayerCache the layer draws for the cache's frozen camera: a pan must
    // leave its scene graph untouched (the cache calls update() when it freezes again).
    connect(this, &MapLayer::cameraChanged, this, [this] {
        if (!cache())
            update();
    });
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

void MapLayer::setMotion(Motion motion)
{
    if (motion == m_motion)
        return;
    m_motion = motion;
    Q_EMIT motionChanged();
}

geo::MapViewport MapLayer::cameraViewport() const
{
    return geo::MapViewport(QPointF(m_center.longitude(), m_center.latitude()), m_zoom,
                            QSizeF(width(), height()));
}

geo::MapViewport MapLayer::viewport() const
{
    return m_crs.isIdentity() ? cameraViewport() : m_crs.at(cameraViewport()).data;
}

void MapLayer::setCrsCorrection(const CrsCorrection &correction)
{
    m_crs = correction;
    update();
}

const LayerCache *MapLayer::cache() const
{
    const auto *cache = qobject_cast<const LayerCache *>(parentItem());
    return cache && cache->isActive() ? cache : nullptr;
}

geo::MapViewport MapLayer::renderViewport() const
{
    const LayerCache *c = cache();
    if (!c)
        return viewport();
    return m_crs.isIdentity() ? c->frozenViewport() : m_crs.at(c->frozenViewport()).data;
}

QRectF MapLayer::neededArea(const geo::MapViewport &vp) const
{
    const QRectF visible = vp.visibleMercator();
    if (!drawsForPicture())
        return visible;
    const double mx = visible.width() * LayerCache::kMargin,
                 my = visible.height() * LayerCache::kMargin;
    return visible.adjusted(-mx, -my, mx, my);
}

QList<int> MapLayer::hitTest(const QPointF &) const
{
    return {};
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
    // When the datum correction has a linear part (GCJ-02 data over WGS-84 tiles), the
    // layer's subtree hangs under a transform node that carries it for the camera drawn
    // (constant while a LayerCache's picture pans). Without one (the usual case) the
    // subtree is returned as it is, with no node in between.
    const LayerCache *c = cache();
    const CrsCorrection::View view = m_crs.at(c ? c->frozenViewport() : cameraViewport());
    const bool corrected = !view.linear.isIdentity();
    auto *root = dynamic_cast<CorrectionNode *>(old);
    QSGNode *inner = root ? root->firstChild() : old;
    if (root && !corrected) {
        if (inner)
            root->removeChildNode(inner);
        delete root;
        root = nullptr;
    }
    QSGNode *next = nullptr;
    if (usesSoftwareBackend()) {
        auto *node = dynamic_cast<PainterNode *>(inner);
        if (!node) {
            if (inner && inner->parent())
                inner->parent()->removeChildNode(inner);
            delete inner;
            node = new PainterNode;
        }
        node->setFrame(window(), QRectF(0, 0, width(), height()), view.data, painterSnapshot());
        node->markDirty(QSGNode::DirtyMaterial);
        next = node;
    } else {
        if (dynamic_cast<PainterNode *>(inner)) {
            delete inner; // leaves root, if it was in one
            inner = nullptr;
        }
        next = updateSceneGraph(inner, view.data);
    }
    if (!corrected)
        return next;
    if (!root)
        root = new CorrectionNode;
    if (const QMatrix4x4 m(view.linear); root->matrix() != m)
        root->setMatrix(m);
    // A subclass deletes the node it replaces (which takes it out of root); one it kept
    // would be drawn twice.
    if (QSGNode *stale = root->firstChild(); stale && stale != next) {
        root->removeChildNode(stale);
        delete stale;
    }
    if (next && next->parent() != root) {
        // The subtree was the item's node until now: it leaves the item's node for root.
        if (next->parent())
            next->parent()->removeChildNode(next);
        root->appendChildNode(next);
    }
    return root;
}

} // namespace yiping::map
