#pragma once

#include "geo/MapViewport.h"
#include "map/CrsCorrection.h"
#include "map/Motion.h"

#include <QGeoCoordinate>
#include <QQuickItem>

#include <functional>

class QPainter;

namespace yiping::map {

class LayerCache;

// Base of every batched layer that draws over Qt Location's Map. The layer follows the
// Map's camera through bound properties (center, zoomLevel) and draws through one of two
// backends: scene-graph geometry on a GPU (OpenGL/RHI), or QPainter under Qt Quick's
// software adaptation, where custom geometry nodes draw nothing. The QPainter path is
// also what exports use, so both backends must draw the same picture.
class MapLayer : public QQuickItem
{
    Q_OBJECT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY cameraChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY cameraChanged)
    // The zoom range in which the layer draws (footprints only from street zoom, heat only
    // until event points take over); outside it the layer draws nothing in either backend.
    Q_PROPERTY(double minZoom READ minZoom WRITE setMinZoom NOTIFY zoomRangeChanged)
    Q_PROPERTY(double maxZoom READ maxZoom WRITE setMaxZoom NOTIFY zoomRangeChanged)

public:
    explicit MapLayer(QQuickItem *parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);

    double minZoom() const { return m_minZoom; }
    void setMinZoom(double zoom);
    double maxZoom() const { return m_maxZoom; }
    void setMaxZoom(double zoom);
    bool showsAtZoom(double zoom) const { return zoom >= m_minZoom && zoom <= m_maxZoom; }

    // The Map's live camera, in the basemap's datum.
    geo::MapViewport cameraViewport() const;
    // The live camera in the data's datum (see CrsCorrection): hit tests, exports.
    geo::MapViewport viewport() const;
    // The camera the layer draws for, in the data's datum: the live one, or a LayerCache's
    // frozen one.
    geo::MapViewport renderViewport() const;
    // True while the layer draws for a LayerCache's picture: what it draws must then cover
    // the picture (the view and a margin around it), not only the view.
    bool drawsForPicture() const { return cache() != nullptr; }
    // The part of `vp` (in normalised Mercator) that what is drawn must cover: the view, or
    // the picture's area when drawing for a LayerCache.
    QRectF neededArea(const geo::MapViewport &vp) const;

    // Data in another datum than the basemap's: the layer draws for the camera moved into
    // the data's datum, under the correction's linear part (a transform node over the
    // subtree, so a pan costs nothing more). Identity by default.
    void setCrsCorrection(const CrsCorrection &correction);
    const CrsCorrection &crsCorrection() const { return m_crs; }

    // How much motion the map wants now (see Motion; MapView sets it from its window).
    Motion motion() const { return m_motion; }
    void setMotion(Motion motion);

    // True when the window renders with Qt Quick's software adaptation.
    bool usesSoftwareBackend() const;

    // The QPainter backend as a self-contained snapshot of what the layer shows now: it
    // may run on the render thread or in an export job while the layer changes.
    using PaintFunction = std::function<void(QPainter *, const geo::MapViewport &)>;
    virtual PaintFunction painterSnapshot() const = 0;

    void paint(QPainter *painter, const geo::MapViewport &viewport) const
    {
        painterSnapshot()(painter, viewport);
    }

    // What the layer has under a point of it (screen pixels): indices in its own data,
    // empty for nothing (and for a layer that nothing is picked from).
    virtual QList<int> hitTest(const QPointF &screenPos) const;

Q_SIGNALS:
    void cameraChanged();
    void zoomRangeChanged();
    void motionChanged();
    // A click on the map fell on this layer's `indices`, and no hit-tested layer above
    // had anything there (see LayerSpec::hitTested).
    void clicked(const QList<int> &indices, Qt::KeyboardModifiers modifiers);

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) final;
    // The GPU backend: build or update the subtree for this viewport.
    virtual QSGNode *updateSceneGraph(QSGNode *old, const geo::MapViewport &viewport) = 0;

private:
    // The LayerCache holding this layer, when it is active.
    const LayerCache *cache() const;

    QGeoCoordinate m_center;
    double m_zoom = 0;
    CrsCorrection m_crs;
    double m_minZoom = 0;
    double m_maxZoom = 30;
    Motion m_motion = Motion::Full;
};

} // namespace yiping::map
