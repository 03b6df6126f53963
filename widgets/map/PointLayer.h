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
// picture, under the labels, and a second PointLayer, pulse-only (the pulse layer of the
// first, which hands it its markers), draws only the breathing halos, live, on top: an
// animation inside the picture would draw the whole picture again 20 times a second.
//
// Every breath is a frame of the whole map (on a software rasterizer ~10 ms of a core at
// 1920x1080, half a core at 20 breaths a second), so the halos breathe to draw the eye and
// then rest: for breathDuration() after a level Ⅰ alert arrives, or after the user comes
// back to the window; at full rate in the active window, at a quarter of it behind another
// window (a wall, a second screen); only while one of them is in view. Otherwise they
// hold still at their resting size (still marked by their halo) and the map draws nothing
// until something changes.
class PointLayer : public MapLayer
{
    Q_OBJECT

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
    // The layer that draws this one's breathing halos: it gets the markers, and follows
    // this layer's visibility and opacity.
    void setPulseLayer(PointLayer *pulse);
    void setPulseOnly(bool pulseOnly); // draws only the halos of pulsing markers

    // Whether the halos are breathing now (a timer asks for a frame every breathInterval()).
    bool isBreathing() const { return m_pulse.isActive(); }
    int breathInterval() const { return m_pulse.interval(); }
    // How long the halos breathe after a level Ⅰ alert arrives or the user comes back.
    void setBreathDuration(int ms);
    int breathDuration() const { return m_breathMs; }

    PaintFunction painterSnapshot() const override;

    static constexpr double kDotRadius = 5;
    static constexpr double kHaloRadius = 11;
    static constexpr int kPulseMs = 50;         // a breath's frame at full motion
    static constexpr int kReducedPulseMs = 200; // … and behind another window
    static constexpr int kBreathMs = 60'000;

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
    bool pulseInView() const;
    void updateBreathing(); // starts or stops the timer
    void breatheAgain();    // a new breath period from now
    void onMotionChanged();

    std::shared_ptr<const QList<Marker>> m_markers;
    QList<QPointF> m_pulsePoints; // the pulsing markers, for pulseInView()
    QTimer m_pulse;
    QTimer m_breathEnd; // single shot: the breath period is over
    int m_breathMs = kBreathMs;
    Motion m_lastMotion = Motion::Full;
    double m_phase = 0;
    bool m_pulseOnly = false;
    PointLayer *m_pulseLayer = nullptr;
};

} // namespace yiping::map
