#pragma once

#include "geo/MapViewport.h"

#include <QGeoCoordinate>
#include <QPointF>
#include <QQuickItem>
#include <QTimer>

namespace yiping::map {

// Holds the map layers that do not animate and keeps what they drew while the map pans.
//
// On a software rasterizer (Mesa llvmpipe: virtual desktops, video-wall controllers,
// machines without a GPU driver) a pan frame costs what its pixels cost: filling 3,000
// grid cells, outlining them and drawing thousands of symbols over 1920x1080 took ~20 ms
// a frame on top of the ~15 ms an empty map costs. Like the map canvases of desktop GIS,
// the cache draws the layers once, for the view and half a view around it, into a texture
// (a ShaderEffectSource over this item in MapScene.qml), and a pan then only moves that
// picture: one textured quad a frame.
//
// While it is active the layers inside draw for a frozen camera (the one of the picture)
// instead of the live one, so a pan leaves their scene graph untouched and the texture is
// not drawn again; anything else they change (data, colours, selection, visibility) does
// redraw it. Hit tests keep using the live camera. The camera is frozen again when the
// pan leaves the margin (one frame draws the larger picture), and the cache steps aside
// while the zoom changes (every frame would be a new picture) until the zoom has rested.
class LayerCache : public QQuickItem
{
    Q_OBJECT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY cameraChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY cameraChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY stateChanged)
    // Where the picture goes, in this item's coordinates (whole pixels), and the area of
    // this item it covers (the view with its margins).
    Q_PROPERTY(QPointF offset READ offset NOTIFY offsetChanged)
    Q_PROPERTY(QRectF pictureRect READ pictureRect NOTIFY stateChanged)

public:
    // The margin on each side, as a fraction of the view: the layers that lay out for a
    // view (symbols, labels) lay out for it and half a view around.
    static constexpr double kMargin = 0.5;
    // A larger picture than this (a video wall) is not cached: the texture would not fit.
    static constexpr int kMaxTextureSide = 8192;
    // How long the zoom must rest before the cache takes over again.
    static constexpr int kSettleMs = 250;

    explicit LayerCache(QQuickItem *parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);
    // Off: the layers always draw live (the software adaptation, or for comparison).
    bool isCacheEnabled() const { return m_enabled; }
    void setCacheEnabled(bool enabled);

    bool isActive() const { return m_active; }
    QPointF offset() const { return m_offset; }
    QRectF pictureRect() const;

    // The camera the layers inside draw for while the cache is active.
    geo::MapViewport frozenViewport() const { return m_frozen; }

    // How many times the picture was started anew for a pan (for benchmarks).
    int refreezeCount() const { return m_refreezes; }

Q_SIGNALS:
    void cameraChanged();
    void stateChanged();
    void offsetChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    geo::MapViewport liveViewport() const;
    bool fits() const;
    void follow();
    void freeze();
    void deactivate();
    void setActive(bool active);
    void updateLayers();

    QGeoCoordinate m_center;
    double m_zoom = 0;
    double m_restingZoom = -1; // the zoom of the last camera change while inactive
    bool m_enabled = true;
    bool m_active = false;
    geo::MapViewport m_frozen;
    QPointF m_offset;
    QTimer m_settle;
    int m_refreezes = 0;
};

} // namespace yiping::map
