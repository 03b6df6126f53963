#include "map/HeatLayer.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTexture>

#include <algorithm>
#include <array>
#include <cmath>

namespace yiping::map {

namespace {

// Stops of the ramp (after matplotlib's inferno, upper part): low densities fade to
// transparent so the map shows through; high ones are bright on the dark canvas.
struct Stop
{
    double t;
    int r, g, b;
    double a;
};
constexpr std::array<Stop, 6> kStops{{
    {0.00, 0x42, 0x0A, 0x68, 0.00},
    {0.15, 0x6A, 0x17, 0x6E, 0.45},
    {0.35, 0xB1, 0x32, 0x5A, 0.65},
    {0.55, 0xE3, 0x59, 0x33, 0.78},
    {0.78, 0xF9, 0x8E, 0x09, 0.86},
    {1.00, 0xFC, 0xFF, 0xA4, 0.92},
}};

class HeatNode : public QSGNode
{
public:
    QSGImageNode *image = nullptr;
    int generation = -1;
};

} // namespace

HeatLayer::HeatLayer(QQuickItem *parent)
    : MapLayer(parent)
{}

QRgb HeatLayer::colourAt(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    std::size_t i = 1;
    while (i + 1 < kStops.size() && kStops[i].t < t)
        ++i;
    const Stop &a = kStops[i - 1], &b = kStops[i];
    const double f = (t - a.t) / (b.t - a.t);
    const auto mix = [f](double x, double y) { return x + (y - x) * f; };
    const double alpha = mix(a.a, b.a);
    return qRgba(int(mix(a.r, b.r) * alpha + 0.5), int(mix(a.g, b.g) * alpha + 0.5),
                 int(mix(a.b, b.b) * alpha + 0.5), int(alpha * 255 + 0.5));
}

void HeatLayer::setHeat(std::shared_ptr<const analysis::HeatGrid> heat)
{
    m_heat = std::move(heat);
    m_image = {};
    if (m_heat && m_heat->width() > 0 && m_heat->height() > 0) {
        m_image = QImage(m_heat->width(), m_heat->height(), QImage::Format_ARGB32_Premultiplied);
        const float max = m_heat->maximum();
        // A square root spreads the few hot spots' range so the city's texture shows.
        const double scale = max > 0 ? 1.0 / std::sqrt(double(max)) : 0.0;
        std::array<QRgb, 256> lut;
        for (std::size_t i = 0; i < lut.size(); ++i)
            lut[i] = colourAt(double(i) / 255);
        for (int y = 0; y < m_heat->height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
            for (int x = 0; x < m_heat->width(); ++x) {
                const double t = std::sqrt(double(std::max(0.0f, m_heat->at(x, y)))) * scale;
                line[x] = lut[std::size_t(std::clamp(t, 0.0, 1.0) * 255)];
            }
        }
    }
    ++m_generation;
    update();
}

MapLayer::PaintFunction HeatLayer::painterSnapshot() const
{
    QRectF area = m_heat ? m_heat->area() : QRectF();
    return [image = m_image, area](QPainter *painter, const geo::MapViewport &vp) {
        if (image.isNull())
            return;
        const QRectF target(vp.mercatorToScreen(area.topLeft()),
                            vp.mercatorToScreen(area.bottomRight()));
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, image);
        painter->restore();
    };
}

QSGNode *HeatLayer::updateSceneGraph(QSGNode *old, const geo::MapViewport &vp)
{
    if (m_image.isNull()) {
        delete old;
        return nullptr;
    }
    auto *node = static_cast<HeatNode *>(old);
    if (!node)
        node = new HeatNode;
    if (node->generation != m_generation) {
        if (node->image) {
            node->removeChildNode(node->image);
            delete node->image;
        }
        node->image = window()->createImageNode();
        node->image->setOwnsTexture(true);
        node->image->setTexture(window()->createTextureFromImage(m_image));
        node->image->setFiltering(QSGTexture::Linear);
        node->appendChildNode(node->image);
        node->generation = m_generation;
    }
    const QRectF area = m_heat->area();
    node->image->setRect(
        QRectF(vp.mercatorToScreen(area.topLeft()), vp.mercatorToScreen(area.bottomRight())));
    return node;
}

} // namespace yiping::map
