#include "map/LayerRegistry.h"

#include "map/LayerCache.h"
#include "map/MapLayer.h"

#include <QPainter>

#include <algorithm>

namespace yiping::map {

LayerRegistry::LayerRegistry(LayerCache *cache, QQuickItem *live, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_live(live)
{}

bool LayerRegistry::add(MapLayer *layer, const LayerSpec &spec)
{
    if (!layer || spec.key.isEmpty() || this->layer(spec.key))
        return false;
    const auto after = std::upper_bound(m_entries.begin(), m_entries.end(), spec.z,
                                        [](double z, const Entry &e) { return z < e.spec.z; });
    m_entries.insert(after, {spec, layer});
    layer->setZ(spec.z);
    layer->setMotion(m_motion);
    follow(layer, spec.cached ? m_cache : m_live);
    Q_EMIT layerAdded(layer);
    return true;
}

// The layer fills its holder and takes the camera from the cache, which follows the Map's
// (the holders fill the map, so the layer's pixels are the map's).
void LayerRegistry::follow(MapLayer *layer, QQuickItem *holder)
{
    layer->setParent(holder);
    layer->setParentItem(holder);
    layer->setSize(holder->size());
    connect(holder, &QQuickItem::widthChanged, layer,
            [layer, holder] { layer->setWidth(holder->width()); });
    connect(holder, &QQuickItem::heightChanged, layer,
            [layer, holder] { layer->setHeight(holder->height()); });
    const auto camera = [layer, cache = m_cache] {
        layer->setCenter(cache->center());
        layer->setZoomLevel(cache->zoomLevel());
    };
    camera();
    connect(m_cache, &LayerCache::cameraChanged, layer, camera);
}

void LayerRegistry::remove(const QString &key)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry &e) { return e.spec.key == key; });
    if (it == m_entries.end())
        return;
    MapLayer *layer = it->layer;
    m_entries.erase(it);
    // Out of the scene at once; deleted later, as the call may come from one of its signals.
    layer->setParentItem(nullptr);
    layer->deleteLater();
}

MapLayer *LayerRegistry::layer(const QString &key) const
{
    for (const Entry &e : m_entries)
        if (e.spec.key == key)
            return e.layer;
    return nullptr;
}

std::optional<LayerSpec> LayerRegistry::spec(const QString &key) const
{
    for (const Entry &e : m_entries)
        if (e.spec.key == key)
            return e.spec;
    return std::nullopt;
}

QList<MapLayer *> LayerRegistry::layers() const
{
    QList<MapLayer *> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append(e.layer);
    return out;
}

QList<MapLayer *> LayerRegistry::group(const QString &group) const
{
    QList<MapLayer *> out;
    for (const Entry &e : m_entries)
        if (groupOf(e) == group)
            out.append(e.layer);
    return out;
}

void LayerRegistry::setGroupVisible(const QString &group, bool visible)
{
    for (const Entry &e : std::as_const(m_entries))
        if (groupOf(e) == group)
            e.layer->setVisible(visible);
}

void LayerRegistry::setGroupOpacity(const QString &group, double opacity)
{
    for (const Entry &e : std::as_const(m_entries))
        if (groupOf(e) == group && e.spec.fadesWithGroup)
            e.layer->setOpacity(opacity);
}

void LayerRegistry::setMotion(Motion motion)
{
    m_motion = motion;
    for (const Entry &e : std::as_const(m_entries))
        e.layer->setMotion(motion);
}

void LayerRegistry::setLegend(const QString &group, const QList<LegendEntry> &legend)
{
    m_legends.insert(group, legend);
    Q_EMIT legendChanged(group);
}

QList<MapHit> LayerRegistry::hitsAt(const QPointF &screenPos) const
{
    QList<MapHit> out;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (!it->spec.hitTested || !it->layer->isVisible() ||
            !it->layer->showsAtZoom(it->layer->zoomLevel()))
            continue;
        if (QList<int> indices = it->layer->hitTest(screenPos); !indices.isEmpty())
            out.append({it->spec.key, it->layer, std::move(indices)});
    }
    return out;
}

void LayerRegistry::paint(QPainter *painter, const geo::MapViewport &vp, double screenZoom) const
{
    for (const Entry &e : m_entries) {
        const MapLayer *layer = e.layer;
        if (!e.spec.exported || !layer->isVisible() || layer->opacity() <= 0 ||
            !layer->showsAtZoom(screenZoom))
            continue;
        painter->save();
        painter->setOpacity(layer->opacity());
        layer->paint(painter, vp);
        painter->restore();
    }
}

} // namespace yiping::map
