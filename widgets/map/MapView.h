#pragma once

#include "geo/Boundary.h"
#include "geo/MapViewport.h"

#include <QQuickWidget>

class QQuickItem;

namespace yiping::map {

class PointLayer;
class PolygonLayer;

// The map as a widget: Qt Location's Map in a QQuickWidget with the product's layers over
// it. Pages talk to this class, never to QML.
class MapView : public QQuickWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);

    void setDistricts(const QList<geo::Boundary> &districts);

    geo::MapViewport viewport() const;
    void setViewport(const QPointF &centerLonLat, double zoom);

    // Which Qt Quick backend draws the map, for the status bar and diagnostics.
    QString graphicsBackendName() const;

    PolygonLayer *districtLayer() const { return m_districts; }
    PointLayer *alertLayer() const { return m_alerts; }
    QQuickItem *mapItem() const { return m_map; }

public Q_SLOTS:
    void fitToCity();
    void zoomIn();
    void zoomOut();
    void pan(int dx, int dy);

Q_SIGNALS:
    void cursorMoved(const QPointF &lonLat);
    void cursorLeft();

private Q_SLOTS:
    void onCursorMoved(double lon, double lat) { Q_EMIT cursorMoved(QPointF(lon, lat)); }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QQuickItem *m_map = nullptr;
    PolygonLayer *m_districts = nullptr;
    PointLayer *m_alerts = nullptr;
    PolygonLayer *m_districtLabels = nullptr;
    bool m_fitPending = true; // fit once the widget has its real size
};

} // namespace yiping::map
