#pragma once

#include "geo/MapViewport.h"
#include "map/Legend.h"
#include "map/Motion.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <optional>

class QPainter;
class QQuickItem;

namespace yiping::map {

class LayerCache;
class MapLayer;

// How a layer takes part in the map, written in one expression:
//   LayerSpec(QStringLiteral("trajectory"), layerz::persons + 1).drawnLive().withHitTest()
struct LayerSpec
{
    LayerSpec(QString layerKey, double zOrder)
        : key(std::move(layerKey))
        , z(zOrder)
    {}
    LayerSpec &inGroup(QString name)
    {
        group = std::move(name);
        return *this;
    }
    LayerSpec &drawnLive()
    {
        cached = false;
        return *this;
    }
    LayerSpec &withHitTest()
    {
        hitTested = true;
        return *this;
    }
    LayerSpec &notExported()
    {
        exported = false;
        return *this;
    }
    LayerSpec &keepsOpacity()
    {
        fadesWithGroup = false;
        return *this;
    }

    QString key;   // unique among the map's layers
    QString group; // what the layer panel switches and fades it by; empty: the key itself
    double z = 0;  // bottom to top
    // Still layers draw into the LayerCache's picture, which a pan only moves. A live layer
    // (one that animates, or changes with every move of the pointer) draws over it on
    // every frame instead: inside the picture it would draw the whole picture again. On
    // screen every live layer is over the picture whatever its z; z orders the live ones
    // among themselves, and every layer in exports.
    bool cached = true;
    bool hitTested = false; // hitsAt (and so a click) asks it what is under the pointer
    bool exported = true;   // MapView::render draws it, and so the PNG and PDF exports
    // False for labels: they keep their opacity when the rest of their group fades, so that
    // they stay readable over a faint choropleth.
    bool fadesWithGroup = true;
};

// What a point of the map meets on one layer: the indices the layer's hitTest gave.
struct MapHit
{
    QString key;
    MapLayer *layer = nullptr;
    QList<int> indices;
};

// The map's layers, open to any page: a layer is added at run time with a LayerSpec and
// from then on follows the map's camera and size, draws in the picture or live, is asked
// by hit tests and drawn in exports as its spec says. The map's own layers (districts,
// grid, heat, sites, persons, alerts, selection, labels) are registered the same way; a
// page adds its own (a trajectory, graph entities) without editing the map's code.
class LayerRegistry : public QObject
{
    Q_OBJECT

public:
    // `cache` holds the still layers, `live` the others (over the cache's picture).
    LayerRegistry(LayerCache *cache, QQuickItem *live, QObject *parent = nullptr);

    // The registry takes the layer (deleted with the map, or by remove()). False, and the
    // layer left alone, when the key is empty or already taken.
    bool add(MapLayer *layer, const LayerSpec &spec);
    void remove(const QString &key);

    MapLayer *layer(const QString &key) const;
    std::optional<LayerSpec> spec(const QString &key) const;
    QList<MapLayer *> layers() const; // bottom to top
    QList<MapLayer *> group(const QString &group) const;

    void setGroupVisible(const QString &group, bool visible);
    void setGroupOpacity(const QString &group, double opacity);

    // Passed on to every layer, now and added later (see MapLayer::motion).
    void setMotion(Motion motion);

    // What the layer panel shows under a group's name.
    void setLegend(const QString &group, const QList<LegendEntry> &legend);
    QList<LegendEntry> legend(const QString &group) const { return m_legends.value(group); }

    // What the hit-tested layers shown at this zoom have at a point (the layers' screen
    // pixels), topmost first.
    QList<MapHit> hitsAt(const QPointF &screenPos) const;

    // Every exported layer that shows at `screenZoom` (what the user sees decides what is
    // drawn), in z order with its opacity, through its QPainter backend.
    void paint(QPainter *painter, const geo::MapViewport &vp, double screenZoom) const;

Q_SIGNALS:
    void layerAdded(yiping::map::MapLayer *layer);
    void legendChanged(const QString &group);

private:
    struct Entry
    {
        LayerSpec spec;
        MapLayer *layer;
    };
    void follow(MapLayer *layer, QQuickItem *parent);
    QString groupOf(const Entry &e) const
    {
        return e.spec.group.isEmpty() ? e.spec.key : e.spec.group;
    }

    LayerCache *m_cache;
    QQuickItem *m_live;
    QList<Entry> m_entries; // by z, and in the order added for equal z
    QHash<QString, QList<LegendEntry>> m_legends;
    Motion m_motion = Motion::Still;
};

} // namespace yiping::map
