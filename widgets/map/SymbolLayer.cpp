#include "map/SymbolLayer.h"

#include "Theme.h"
#include "geo/WebMercator.h"
#include "map/GeometryChunks.h"

#include <QHash>
#include <QPainter>
#include <QQuickWindow>
#include <QSGTextNode>
#include <QSGTransformNode>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace yiping::map {

namespace {

using Symbol = SymbolLayer::Symbol;
using Item = SymbolLayer::Item;

constexpr double kOutlinePx = 1.5;  // the dark rim that makes a symbol read on any fill
constexpr double kHaloFactor = 1.7; // halo radius / symbol radius
constexpr double kRingGapPx = 4;    // selection ring: this far outside the symbol
constexpr double kRingWidthPx = 2.5;
constexpr double kMarginPx = 48;     // symbols this close to the edge still show their part
constexpr double kClusterRingPx = 4; // the ring of levels around a cluster's count

double singleRadius(const Symbol &s)
{
    return (s.size > 0 ? s.size : SymbolLayer::kDefaultSize) / 2;
}

// The whole cluster, its ring included: grows with the count, small enough that a city of
// thousands of persons reads as a map, not a wall of discs, and at most a third of its
// cell, so that it can be kept inside the cell (see layout()).
double clusterRadius(int count)
{
    return std::min(7 + kClusterRingPx + 1.5 * std::log2(double(count)),
                    SymbolLayer::kClusterCellPx / 3);
}

QFont countFont()
{
    QFont font;
    font.setPixelSize(12);
    font.setWeight(QFont::Bold);
    return font;
}

QList<Item> layout(const QList<Symbol> &symbols, const QRectF &area, double zoom, bool clustered,
                   const QSet<int> &selected, QList<QList<int>> *members = nullptr)
{
    const int z = int(std::floor(zoom)); // per whole level: no reshuffle while the wheel turns
    QList<Item> out;
    if (!clustered || z > SymbolLayer::kClusterMaxZoom) {
        for (qsizetype i = 0; i < symbols.size(); ++i) {
            const Symbol &s = symbols[i];
            if (!area.contains(s.mercator))
                continue;
            out.append(
                {s.mercator, 1, s.level, int(i), selected.contains(int(i)), singleRadius(s)});
            if (members)
                members->append(QList<int>{int(i)});
        }
    } else {
        const double cellsAcross = geo::WebMercator::worldSize(z) / SymbolLayer::kClusterCellPx;
        QHash<quint64, qsizetype> slot;
        QList<QPointF> sums;
        for (qsizetype i = 0; i < symbols.size(); ++i) {
            const Symbol &s = symbols[i];
            if (!area.contains(s.mercator))
                continue;
            const auto cx = quint64(std::floor(s.mercator.x() * cellsAcross));
            const auto cy = quint64(std::floor(s.mercator.y() * cellsAcross));
            auto it = slot.find((cx << 32) | (cy & 0xffffffffu));
            if (it == slot.end()) {
                it = slot.insert((cx << 32) | (cy & 0xffffffffu), out.size());
                out.append({s.mercator, 0, 0, int(i), false, 0});
                sums.append(QPointF());
                if (members)
                    members->append(QList<int>());
            }
            Item &item = out[*it];
            ++item.count;
            item.level = std::max<int>(item.level, s.level);
            ++item.levels[std::clamp<int>(s.level, 0, 4)];
            item.selected = item.selected || selected.contains(int(i));
            sums[*it] += s.mercator;
            if (members)
                (*members)[*it].append(int(i));
        }
        for (qsizetype i = 0; i < out.size(); ++i) {
            Item &item = out[i];
            if (item.count > 1) {
                item.index = -1;
                item.radius = clusterRadius(item.count);
                // At the members' mean, but inside the cell: no two clusters overlap.
                const QPointF mean = sums[i] / item.count;
                const double cell = 1.0 / cellsAcross;
                const double r = item.radius / geo::WebMercator::worldSize(z);
                const auto inside = [&](double v) {
                    const double lo = std::floor(v * cellsAcross) * cell;
                    return std::clamp(v, lo + r, lo + cell - r);
                };
                item.mercator = QPointF(inside(mean.x()), inside(mean.y()));
            } else {
                item.radius = singleRadius(symbols[item.index]);
            }
        }
    }
    // Worse levels are drawn last, on top.
    QList<qsizetype> order(out.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return out[a].level < out[b].level; });
    QList<Item> sorted;
    sorted.reserve(out.size());
    QList<QList<int>> sortedMembers;
    for (const qsizetype i : std::as_const(order)) {
        sorted.append(out[i]);
        if (members)
            sortedMembers.append(std::move((*members)[i]));
    }
    if (members)
        *members = std::move(sortedMembers);
    return sorted;
}

// One filled shape; both backends draw an item as the same sequence of these.
struct Piece
{
    QPolygonF outline;
    QPointF centre;
    QColor color;
};

template<typename Emit>
void itemPieces(const Item &item, const QList<Symbol> &symbols, const QPointF &p,
                Shape clusterShape, Emit &&emit)
{
    if (item.count > 1) {
        emit(Piece{shapeOutline(Shape::Circle, p, item.radius + kOutlinePx), p,
                   theme::symbolOutline});
        // The ring: a slice per level, its share of the members, the worst from the top.
        double from = -std::numbers::pi / 2;
        for (int level = 4; level >= 0; --level) {
            const int n = item.levels[size_t(level)];
            if (n == 0)
                continue;
            const double to = from + 2 * std::numbers::pi * n / item.count;
            QPolygonF slice{p};
            const int steps = std::max(2, int(std::ceil((to - from) / (std::numbers::pi / 18))));
            for (int k = 0; k <= steps; ++k) {
                const double a = from + (to - from) * k / steps;
                slice.append(p + item.radius * QPointF(std::cos(a), std::sin(a)));
            }
            emit(Piece{slice, p, riskColour(level)});
            from = to;
        }
        emit(Piece{shapeOutline(clusterShape, p, item.radius - kClusterRingPx), p, theme::surface});
        return;
    }
    const Symbol &s = symbols[item.index];
    const auto shape = Shape(s.shape);
    if (s.halo.isValid() && s.halo.alpha() > 0)
        emit(Piece{shapeOutline(Shape::Circle, p, item.radius * kHaloFactor), p, s.halo});
    emit(Piece{shapeOutline(shape, p, item.radius + kOutlinePx), p, theme::symbolOutline});
    emit(Piece{shapeOutline(shape, p, item.radius), p, s.color});
}

double ringRadius(const Item &item)
{
    return item.radius + kRingGapPx;
}

QRectF withMargin(const QRectF &area, double scale)
{
    const double m = kMarginPx / scale;
    return area.adjusted(-m, -m, m, m);
}

// The scene-graph subtree: transform (to the anchor) { shapes { chunk* }, counts { dark,
// light }, selection { chunk } }. Built for an area around the view at one zoom.
class SymbolNode : public QSGTransformNode
{
public:
    QSGNode *shapes = new QSGNode;
    QSGNode *counts = new QSGNode;
    QSGTextNode *countText = nullptr; // every count, light on the clusters' dark discs
    QSGNode *selection = new QSGNode;
    int generation = -1;
    double zoom = -1;
    QRectF area;
    QPointF anchor;

    SymbolNode()
    {
        appendChildNode(shapes);
        appendChildNode(counts);
        appendChildNode(selection);
    }
};

// Cluster counts go into one text node, so the renderer draws all of them in one batch.
void addCount(QSGTextNode *text, const QPointF &p, int count)
{
    QTextLayout layout(QString::number(count), countFont());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    text->addTextLayout(QPointF(p.x() - line.naturalTextWidth() / 2, p.y() - line.height() / 2),
                        &layout);
}

} // namespace

SymbolLayer::SymbolLayer(QQuickItem *parent)
    : MapLayer(parent)
{}

void SymbolLayer::setSymbols(QList<Symbol> symbols)
{
    m_symbols = std::make_shared<const QList<Symbol>>(std::move(symbols));
    ++m_generation;
    update();
}

void SymbolLayer::setClustered(bool clustered)
{
    if (clustered == m_clustered)
        return;
    m_clustered = clustered;
    ++m_generation;
    update();
    Q_EMIT clusteredChanged();
}

void SymbolLayer::setClusterShape(Shape shape)
{
    if (shape == m_clusterShape)
        return;
    m_clusterShape = shape;
    ++m_generation;
    update();
}

void SymbolLayer::setSelectedIndices(const QSet<int> &indices)
{
    if (indices == m_selected)
        return;
    m_selected = indices;
    ++m_generation;
    update();
    Q_EMIT selectedIndexChanged();
}

QList<SymbolLayer::Item> SymbolLayer::items(const geo::MapViewport &vp) const
{
    if (!m_symbols)
        return {};
    return layout(*m_symbols, withMargin(vp.visibleMercator(), vp.scale()), vp.zoom(), m_clustered,
                  m_selected);
}

QList<int> SymbolLayer::indicesAt(const QPointF &screenPos) const
{
    if (!m_symbols || !showsAtZoom(zoomLevel()))
        return {};
    const geo::MapViewport vp = viewport();
    QList<QList<int>> members;
    const QList<Item> all = layout(*m_symbols, withMargin(vp.visibleMercator(), vp.scale()),
                                   vp.zoom(), m_clustered, m_selected, &members);
    // The topmost (last drawn) item whose disc holds the point, with a little slack.
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        const QPointF off = vp.mercatorToScreen(all[i].mercator) - screenPos;
        if (std::hypot(off.x(), off.y()) <= all[i].radius + 2)
            return members[i];
    }
    return {};
}

MapLayer::PaintFunction SymbolLayer::painterSnapshot() const
{
    return [symbols = m_symbols, clustered = m_clustered, selected = m_selected,
            clusterShape = m_clusterShape](QPainter *painter, const geo::MapViewport &vp) {
        if (!symbols)
            return;
        const QList<Item> all = layout(*symbols, withMargin(vp.visibleMercator(), vp.scale()),
                                       vp.zoom(), clustered, selected);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const QFont font = countFont();
        painter->setFont(font);
        for (const Item &item : all) {
            const QPointF p = vp.mercatorToScreen(item.mercator);
            itemPieces(item, *symbols, p, clusterShape, [&](const Piece &piece) {
                painter->setBrush(piece.color);
                painter->drawPolygon(piece.outline);
            });
        }
        // Counts above every shape, as the scene graph's text nodes are.
        for (const Item &item : all) {
            const QPointF p = vp.mercatorToScreen(item.mercator);
            if (item.count > 1) {
                painter->setPen(theme::labelText);
                const double r = item.radius;
                painter->drawText(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                                  QString::number(item.count));
                painter->setPen(Qt::NoPen);
            }
        }
        for (const Item &item : all) {
            if (!item.selected)
                continue;
            QPen ring(theme::accent, kRingWidthPx);
            painter->setPen(ring);
            painter->setBrush(Qt::NoBrush);
            painter->drawPolygon(
                shapeOutline(Shape::Circle, vp.mercatorToScreen(item.mercator), ringRadius(item)));
            painter->setPen(Qt::NoPen);
        }
        painter->restore();
    };
}

QSGNode *SymbolLayer::updateSceneGraph(QSGNode *old, const geo::MapViewport &vp)
{
    if (!m_symbols) {
        delete old;
        return nullptr;
    }
    auto *node = static_cast<SymbolNode *>(old);
    if (!node)
        node = new SymbolNode;
    const QRectF visible = vp.visibleMercator();
    if (node->generation != m_generation || std::abs(node->zoom - vp.zoom()) > 1e-9 ||
        !node->area.contains(neededArea(vp))) {
        // Build for the view and half a view around it, so that panning is only a
        // transform (a wider margin costs the rasteriser vertices every frame).
        const double mx = visible.width() / 2, my = visible.height() / 2;
        node->area = visible.adjusted(-mx, -my, mx, my);
        node->anchor = visible.center();
        node->zoom = vp.zoom();
        node->generation = m_generation;
        const double scale = vp.scale();
        const QList<Item> all =
            layout(*m_symbols, withMargin(node->area, scale), vp.zoom(), m_clustered, m_selected);
        TriangleBuffer shapes, ring;
        shapes.reserve(std::size_t(all.size()) * 40 * 3);
        if (!node->countText) {
            node->countText = window()->createTextNode();
            node->counts->appendChildNode(node->countText);
            node->countText->setColor(theme::labelText);
        }
        node->countText->clear();
        for (const Item &item : all) {
            const QPointF p = (item.mercator - node->anchor) * scale;
            itemPieces(item, *m_symbols, p, m_clusterShape, [&](const Piece &piece) {
                shapes.fan(piece.centre, piece.outline, piece.color);
            });
            if (item.count > 1)
                addCount(node->countText, p, item.count);
            if (item.selected) {
                const QPolygonF circle = shapeOutline(Shape::Circle, p, ringRadius(item));
                for (qsizetype i = 0; i < circle.size(); ++i)
                    ring.segment(circle[i], circle[(i + 1) % circle.size()], kRingWidthPx / 2,
                                 theme::accent);
            }
        }
        shapes.upload(node->shapes);
        ring.upload(node->selection);
    }
    QMatrix4x4 m;
    const QPointF t = vp.mercatorToScreen(node->anchor);
    m.translate(float(t.x()), float(t.y()));
    node->setMatrix(m);
    return node;
}

} // namespace yiping::map
