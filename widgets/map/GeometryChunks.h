#pragma once

#include <QColor>
#include <QPointF>
#include <QPolygonF>
#include <QSGGeometry>

#include <vector>

class QSGNode;

namespace yiping::map {

// Vertex-coloured triangles for the scene graph, split over several geometry nodes.
// One QSGGeometryNode that grew to tens of thousands of vertices drew nothing under the
// OpenGL renderer (found with PointLayer), so every batched layer writes its triangles
// here and lets this spread them over children of at most kMaxVertices each.
class TriangleBuffer
{
public:
    static constexpr int kMaxVertices = 15000; // a multiple of 2 and 3

    void clear() { m_vertices.clear(); }
    void reserve(std::size_t n) { m_vertices.reserve(n); }
    std::size_t size() const { return m_vertices.size(); }

    // Scene-graph vertex colours are premultiplied.
    void add(const QPointF &p, const QColor &c)
    {
        const float a = float(c.alphaF());
        m_vertices.emplace_back().set(float(p.x()), float(p.y()), uchar(c.red() * a),
                                      uchar(c.green() * a), uchar(c.blue() * a), uchar(c.alpha()));
    }
    void triangle(const QPointF &a, const QPointF &b, const QPointF &c, const QColor &color)
    {
        add(a, color);
        add(b, color);
        add(c, color);
    }
    // A polygon that is star-shaped from `centre` (every symbol shape is) as a fan.
    void fan(const QPointF &centre, const QPolygonF &outline, const QColor &color);
    // A segment as a quad of constant width, extended by half the width at both ends so
    // that consecutive segments overlap at their joins.
    void segment(const QPointF &a, const QPointF &b, double halfWidth, const QColor &color);

    // A hairline segment, for buffers uploaded as lines.
    void line(const QPointF &a, const QPointF &b, const QColor &color)
    {
        add(a, color);
        add(b, color);
    }

    // Replaces the children of `parent` with geometry nodes holding these triangles (or,
    // with DrawLines, the pairs of line()).
    void upload(QSGNode *parent, QSGGeometry::DrawingMode mode = QSGGeometry::DrawTriangles) const;

private:
    std::vector<QSGGeometry::ColoredPoint2D> m_vertices;
};

} // namespace yiping::map
