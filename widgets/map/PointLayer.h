#pragma once

#include "map/MapLayer.h"

#include <QColor>
#include <QList>
#include <QTimer>

#include <memory>

namespace yiping::map {

// Markers at points (alerts now; key persons and sites join with their own symbols):
// a filled dot with a halo, batched into a few geometry nodes. Markers closer than a
// cluster cell at the current zoom merge into one larger dot in their worst member's
// colour, so a busy day stays readable. Points flagged `pulse` (a level Ⅰ alarm) get a
// halo that breathes, the only flashing the visual rules allow.
//
// The breathing is a layer of its own: the markers stay still inside the LayerCache's
// picture, under the labels, and a second PointLayer with `pulseOnly` (the `pulse` of the
// first, which hands it its markers) draws only the breathing halos, live, on top: an
// animation inside the picture would draw the whole picture again 20 times a second.
class PointLayer : public MapLayer
{
    Q_OBJECT
    Q_PROPERTY(bool pulseOnly MEMBER m_pulseOnly NOTIFY partsChanged)
    Q_PROPERTY(yiping::map::PointLayer *pulse MEMBER m_pulseLayer NOTIFY partsChanged)

public:
    struct Marker
    {
        QPointF mercator;
        QColor color;
        bool pulse = false;
        int level = 0; // higher is worse: a cluster takes its worst member's colour
    };

    explicit PointLayer(QQuickItem *parent = nullptr);

    void setMarkers(QList<Marker> markers);
    qsizetype markerCount() const { return m_markers ? m_markers->size() : 0; }

    PaintFunction painterSnapshot() const override;

Q_SIGNALS:
    void partsChanged();

public:
    static constexpr double kDotRadius = 5;
    static constexpr double kHaloRadius = 11;

protected:
    QSGNode *updateSceneGraph(QSGNode *old, const geo::MapViewport &viewport) override;

private:
    struct Dot
    {
        QPointF screen;
        double radius;
        QColor color;
        bool pulse;
    };
    static QList<Dot> dots(const QList<Marker> &markers, const geo::MapViewport &vp,
                           const QRectF &area);
    double haloScale() const; // 1.0 … 1.6 while pulsing; 1.0 when another layer pulses
    bool pulses() const { return !m_pulseLayer; }

    std::shared_ptr<const QList<Marker>> m_markers;
    QTimer m_pulse;
    double m_phase = 0;
    bool m_pulseOnly = false;
    PointLayer *m_pulseLayer = nullptr;
};

} // namespace yiping::map
