#pragma once

#include "domain/Enums.h"
#include "geo/Boundary.h"
#include "geo/MapViewport.h"
#include "map/CrsCorrection.h"

#include <QQuickWidget>

class QQuickItem;

namespace yiping::map {

class HeatLayer;
class LayerRegistry;
class MapLayer;
class PointLayer;
class PolygonLayer;
class SymbolLayer;

// What the map draws under the product's layers. None (the default) is the clean vector
// map of Qt Location's itemsoverlay plugin; the others use the osm plugin with its
// provider repository disabled, so the map never calls out to the internet.
struct BasemapSettings
{
    enum Kind { None, TileFolder, TileServer };
    Kind kind = None;
    QString folder; // TileFolder: z/x/y.png tiles on disk
    QString url;    // TileServer: http://tiles.example.gov/%z/%x/%y.png (a bare URL gets z/x/y.png)
    // The tiles' datum: WGS-84 for OpenStreetMap-style tiles, GCJ-02 for Chinese providers'.
    domain::Crs tileCrs = domain::Crs::Wgs84;

    bool operator==(const BasemapSettings &) const = default;
};

// The map as a widget: Qt Location's Map in a QQuickWidget with the product's layers over
// it. Pages talk to this class, never to QML.
class MapView : public QQuickWidget
{
    Q_OBJECT
    Q_PROPERTY(bool doubleClickZooms READ doubleClickZooms WRITE setDoubleClickZooms)

public:
    explicit MapView(QWidget *parent = nullptr);

    void setDistricts(const QList<geo::Boundary> &districts);

    // The datum of the data the layers draw (the city's, from /meta). Over tiles in another
    // datum the layers are moved onto the tiles (see CrsCorrection); with no basemap
    // nothing moves. Every coordinate this class takes or gives is in the data's datum.
    void setDataCrs(domain::Crs crs);
    // Data to basemap and back, for the current data and basemap datums.
    CrsCorrection crsCorrection() const { return m_crs; }

    // The camera in the data's datum: what the layers draw for and hit-test with.
    geo::MapViewport viewport() const;
    void setViewport(const QPointF &centerLonLat, double zoom);

    // Which Qt Quick backend draws the map, for the status bar and diagnostics.
    QString graphicsBackendName() const;

    // Every layer of the map, the map's own (below) and the pages': add one there to have
    // it drawn, cached or live, hit-tested and exported (see LayerSpec).
    LayerRegistry *layerRegistry() const { return m_layers; }
    QList<MapLayer *> layers() const; // every layer, bottom to top

    // The map's own layers, bottom to top (keys and z-orders in StandardLayers.h).
    PolygonLayer *districtLayer() const { return m_districts; }
    PolygonLayer *gridLayer() const { return m_grid; }
    HeatLayer *heatLayer() const { return m_heat; }
    PolygonLayer *siteFootprints() const { return m_footprints; }
    SymbolLayer *eventLayer() const { return m_events; }
    SymbolLayer *siteLayer() const { return m_sites; }
    SymbolLayer *personLayer() const { return m_persons; }
    PointLayer *alertLayer() const { return m_alerts; }
    // The mark under whatever the workspace says is hovered: live (it follows the pointer)
    // and not exported (a picture of the map has no pointer).
    SymbolLayer *hoverLayer() const { return m_hover; }
    PolygonLayer *gridLabels() const { return m_gridLabels; }
    PolygonLayer *districtLabels() const { return m_districtLabels; }
    QQuickItem *mapItem() const;

    bool doubleClickZooms() const;
    void setDoubleClickZooms(bool zooms);

    // Returns false with the reason in `error` when the plugin cannot be made.
    bool setBasemap(const BasemapSettings &settings, QString *error = nullptr);
    BasemapSettings basemap() const { return m_basemap; }

    // Draws the current view (same centre, zoom adjusted so the same area fills `size`)
    // through every visible exported layer's QPainter backend in z-order, with their
    // opacities. The basemap is not part of it.
    void render(QPainter *painter, const QSize &size) const;
    geo::MapViewport viewportFor(const QSize &size) const;
    bool exportImage(const QString &path, const QSize &size = QSize(4000, 2500),
                     QString *error = nullptr) const;
    bool exportPdf(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void fitToCity();
    void fitTo(const QRectF &lonLatBounds);
    void flyTo(const QPointF &lonLat, double zoom);
    void zoomIn();
    void zoomOut();
    void pan(int dx, int dy);

Q_SIGNALS:
    void cursorMoved(const QPointF &lonLat);
    void cursorLeft();
    // A click (single tap) on the map, with where it fell and the keyboard modifiers.
    // `screenPos` is in the layers' pixels, what their hit tests and viewport() take: the
    // widget position itself, unless the data's datum differs from the basemap's (then up
    // to a few pixels away, the correction's linear part undone). The topmost hit-tested
    // layer with something there then emits its own clicked().
    void clicked(const QPointF &screenPos, const QPointF &lonLat, Qt::KeyboardModifiers modifiers);
    void doubleClicked(const QPointF &screenPos, const QPointF &lonLat);

private Q_SLOTS:
    void onCursorMoved(double lon, double lat);
    void onClicked(double x, double y, int modifiers);
    void onDoubleClicked(double x, double y);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addStandardLayers();
    void updateMotion();
    void applyCrs();
    // The Map's camera in the basemap's datum, and where a widget pixel falls for the layers.
    geo::MapViewport cameraViewport() const;
    QPointF layerPixel(const QPointF &widgetPos) const;

    LayerRegistry *m_layers = nullptr;
    PolygonLayer *m_districts = nullptr;
    PolygonLayer *m_grid = nullptr;
    HeatLayer *m_heat = nullptr;
    PolygonLayer *m_footprints = nullptr;
    SymbolLayer *m_events = nullptr;
    SymbolLayer *m_sites = nullptr;
    SymbolLayer *m_persons = nullptr;
    PointLayer *m_alerts = nullptr;
    PointLayer *m_alertPulse = nullptr; // the breathing halos, fed by m_alerts
    SymbolLayer *m_hover = nullptr;
    PolygonLayer *m_gridLabels = nullptr;
    PolygonLayer *m_districtLabels = nullptr;
    BasemapSettings m_basemap;
    domain::Crs m_dataCrs = domain::Crs::Unknown;
    CrsCorrection m_crs;
    bool m_fitPending = true; // fit once the widget has its real size
};

} // namespace yiping::map
