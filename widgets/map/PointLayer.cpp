#include "map/PointLayer.h"

#include "geo/PointClusters.h"

#include <QHash>
#include <QPainter>
#include <QSGGeometryNode>
#include <QSGVertexColorMaterial>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace yiping::map {

namespace {

constexpr int kSegments = 16;
constexpr qsizetype kDotsPerNode = 200; // 200 × 96 vertices per geometry node

void vertex(QSGGeometry::ColoredPoint2D &v, const QPointF &p, const QColor &c)
{
    const float a = float(c.alphaF());
    v.set(float(p.x()), float(p.y()), uchar(c.red() * a), uchar(c.green() * a), uchar(c.blue() * a),
          uchar(c.alpha()));
}

// A disc as a triangle fan written as a triangle list (one geometry for many markers).
void disc(QSGGeometry::ColoredPoint2D *&v, const QPointF &centre, double radius,
          const QColor &color)
{
    for (int i = 0; i < kSegments; ++i) {
        const double a0 = 2 * std::numbers::pi * i / kSegments;
        const double a1 = 2 * std::numbers::pi * (i + 1) / kSegments;
        vertex(*v++, centre, color);
        vertex(*v++, centre + QPointF(std::cos(a0), std::sin(a0)) * radius, color);
        vertex(*v++, centre + QPointF(std::cos(a1), std::sin(a1)) * radius, color);
    }
}

QColor haloColour(QColor c)
{
    c.setAlphaF(0.30f);
    return c;
}

} // namespace

PointLayer::PointLayer(QQuickItem *parent)
    : MapLayer(parent)
{
    m_pulse.setInterval(kPulseMs);
    connect(&m_pulse, &QTimer::timeout, this, [this] {
        // A breath a second at either rate: fewer, larger steps behind another window.
        m_phase = std::fmod(m_phase + m_pulse.interval() / 1000.0, 1.0);
        update();
    });
    m_breathEnd.setSingleShot(true);
    connect(&m_breathEnd, &QTimer::timeout, this, &PointLayer::updateBreathing);
    // Whatever decides whether a halo in view may breathe.
    connect(this, &MapLayer::cameraChanged, this, &PointLayer::updateBreathing);
    connect(this, &MapLayer::zoomRangeChanged, this, &PointLayer::updateBreathing);
    connect(this, &MapLayer::motionChanged, this, &PointLayer::onMotionChanged);
    connect(this, &QQuickItem::visibleChanged, this, &PointLayer::updateBreathing);
    connect(this, &QQuickItem::opacityChanged, this, &PointLayer::updateBreathing);
    connect(this, &QQuickItem::widthChanged, this, &PointLayer::updateBreathing);
    connect(this, &QQuickItem::heightChanged, this, &PointLayer::updateBreathing);
}

void PointLayer::setMarkers(QList<Marker> markers)
{
    if (m_pulseLayer)
        m_pulseLayer->setMarkers(markers);
    QList<QPointF> pulsePoints;
    for (const Marker &m : std::as_const(markers))
        if (m.pulse)
            pulsePoints.append(m.mercator);
    // A level Ⅰ alert that was not there before (the same alerts read again are not news).
    const bool news = std::any_of(pulsePoints.cbegin(), pulsePoints.cend(),
                                  [this](QPointF p) { return !m_pulsePoints.contains(p); });
    m_pulsePoints = std::move(pulsePoints);
    if (news)
        breatheAgain();
    m_markers = std::make_shared<const QList<Marker>>(std::move(markers));
    updateBreathing();
    update();
}

void PointLayer::setPulseLayer(PointLayer *pulse)
{
    m_pulseLayer = pulse;
    pulse->setVisible(isVisible());
    pulse->setOpacity(opacity());
    connect(this, &QQuickItem::visibleChanged, pulse,
            [this, pulse] { pulse->setVisible(isVisible()); });
    connect(this, &QQuickItem::opacityChanged, pulse,
            [this, pulse] { pulse->setOpacity(opacity()); });
    if (m_markers)
        setMarkers(*m_markers);
}

void PointLayer::setPulseOnly(bool pulseOnly)
{
    m_pulseOnly = pulseOnly;
    update();
}

// A pulsing marker whose halo may reach into the view: the halo at its largest, and a
// cluster drawn up to a cluster cell away from its pulsing member.
bool PointLayer::pulseInView() const
{
    const geo::MapViewport vp = viewport();
    const double reach = (kHaloRadius * 1.6 + 3 * kHaloRadius) / vp.scale();
    const QRectF area = vp.visibleMercator().adjusted(-reach, -reach, reach, reach);
    return std::any_of(m_pulsePoints.cbegin(), m_pulsePoints.cend(),
                       [&](const QPointF &p) { return area.contains(p); });
}

void PointLayer::setBreathDuration(int ms)
{
    m_breathMs = ms;
    breatheAgain();
}

void PointLayer::breatheAgain()
{
    m_breathEnd.start(m_breathMs);
    updateBreathing();
}

// The user coming back (the window shown again, or made active) is shown the alerts anew.
void PointLayer::onMotionChanged()
{
    const bool more = int(motion()) > int(m_lastMotion);
    m_lastMotion = motion();
    if (more)
        breatheAgain();
    else
        updateBreathing();
}

void PointLayer::updateBreathing()
{
    const bool breathe = pulses() && !m_pulsePoints.isEmpty() && motion() != Motion::Still &&
                         m_breathEnd.isActive() && isVisible() && opacity() > 0 && width() > 0 &&
                         height() > 0 && showsAtZoom(zoomLevel()) && pulseInView();
    const int interval = motion() == Motion::Full ? kPulseMs : kReducedPulseMs;
    if (breathe) {
        if (!m_pulse.isActive() || m_pulse.interval() != interval)
            m_pulse.start(interval);
        return;
    }
    if (!m_pulse.isActive())
        return;
    m_pulse.stop();
    if (m_phase != 0) { // the halos come to rest at their still size
        m_phase = 0;
        update();
    }
}

double PointLayer::haloScale() const
{
    return pulses() ? 1.0 + 0.6 * std::sin(std::numbers::pi * m_phase) : 1.0;
}

QList<PointLayer::Dot> PointLayer::dots(const QList<Marker> &markers, const geo::MapViewport &vp,
                                        const QRectF &area)
{
    QList<geo::MapPoint> points;
    for (qsizetype i = 0; i < markers.size(); ++i)
        if (area.contains(markers[i].mercator))
            points.append({markers[i].mercator, markers[i].level, int(i)});
    // Clusters per whole zoom level, so they do not reshuffle while the wheel turns.
    const QList<geo::PointCluster> clusters =
        geo::clusterPoints(points, int(std::floor(vp.zoom())), 3 * kHaloRadius);
    QHash<int, const Marker *> ofLevel; // a marker of each level: its colour and pulse
    for (const geo::MapPoint &p : std::as_const(points))
        ofLevel.insert(p.level, &markers[p.index]);
    QList<Dot> out;
    out.reserve(clusters.size());
    for (const geo::PointCluster &c : clusters) {
        const Marker *m = c.count == 1 ? &markers[c.firstIndex] : ofLevel.value(c.maxLevel);
        const double radius = kDotRadius + (c.count > 1 ? 2.0 * std::log2(double(c.count)) : 0);
        out.append({vp.mercatorToScreen(c.mercator), radius, m->color, m->pulse});
    }
    return out;
}

MapLayer::PaintFunction PointLayer::painterSnapshot() const
{
    return [markers = m_markers, scale = haloScale(), pulseOnly = m_pulseOnly,
            handsOnPulse = m_pulseLayer != nullptr](QPainter *painter, const geo::MapViewport &vp) {
        if (!markers)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        for (const Dot &dot : dots(*markers, vp, vp.visibleMercator())) {
            // As in the scene graph: a pulsing marker's halo belongs to the pulse layer.
            if (pulseOnly ? dot.pulse : !(dot.pulse && handsOnPulse)) {
                const double halo =
                    dot.radius + (kHaloRadius - kDotRadius) * (dot.pulse ? scale : 1.0);
                painter->setBrush(haloColour(dot.color));
                painter->drawEllipse(dot.screen, halo, halo);
            }
            if (!pulseOnly) {
                painter->setBrush(dot.color);
                painter->drawEllipse(dot.screen, dot.radius, dot.radius);
            }
        }
        painter->restore();
    };
}

QSGNode *PointLayer::updateSceneGraph(QSGNode *old, const geo::MapViewport &vp)
{
    // Dots keep their pixel size, so they are placed in screen space every frame;
    // off-screen markers are dropped before clustering.
    QList<Dot> visible = m_markers ? dots(*m_markers, vp, neededArea(vp)) : QList<Dot>();
    if (m_pulseOnly)
        visible.removeIf([](const Dot &dot) { return !dot.pulse; });
    // A few hundred dots per geometry node: one node that grew to tens of thousands of
    // vertices drew nothing under the OpenGL renderer (tst_pointlayer checks 1,001).
    QSGNode *root = old ? old : new QSGNode;
    const qsizetype chunks = (visible.size() + kDotsPerNode - 1) / kDotsPerNode;
    while (root->childCount() > chunks) {
        QSGNode *last = root->lastChild();
        root->removeChildNode(last);
        delete last;
    }
    while (root->childCount() < chunks) {
        auto *node = new QSGGeometryNode;
        node->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial | QSGNode::OwnedByParent);
        node->setMaterial(new QSGVertexColorMaterial);
        auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0);
        g->setDrawingMode(QSGGeometry::DrawTriangles);
        node->setGeometry(g);
        root->appendChildNode(node);
    }
    const double scale = haloScale();
    QSGNode *child = root->firstChild();
    for (qsizetype first = 0; first < visible.size(); first += kDotsPerNode) {
        auto *node = static_cast<QSGGeometryNode *>(child);
        const qsizetype n = std::min(kDotsPerNode, visible.size() - first);
        QSGGeometry *g = node->geometry();
        g->allocate(int(n) * kSegments * 3 * 2);
        QSGGeometry::ColoredPoint2D *v = g->vertexDataAsColoredPoint2D();
        for (qsizetype i = first; i < first + n; ++i) {
            const Dot &dot = visible[i];
            const double halo = dot.radius + (kHaloRadius - kDotRadius) * (dot.pulse ? scale : 1.0);
            // A pulsing marker's halo is drawn by the pulse layer, its dot here (a radius of
            // 0 draws nothing).
            const bool haloHere = m_pulseOnly ? dot.pulse : !(dot.pulse && m_pulseLayer);
            disc(v, dot.screen, haloHere ? halo : 0.0, haloColour(dot.color));
            disc(v, dot.screen, m_pulseOnly ? 0.0 : dot.radius, dot.color);
        }
        node->markDirty(QSGNode::DirtyGeometry);
        child = child->nextSibling();
    }
    return root;
}

} // namespace yiping::map
