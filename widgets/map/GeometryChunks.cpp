#include "map/GeometryChunks.h"

#include <QPolygonF>
#include <QSGGeometryNode>
#include <QSGVertexColorMaterial>

#include <algorithm>
#include <cmath>

namespace yiping::map {

void TriangleBuffer::fan(const QPointF &centre, const QPolygonF &outline, const QColor &color)
{
    for (qsizetype i = 0; i < outline.size(); ++i)
        triangle(centre, outline[i], outline[(i + 1) % outline.size()], color);
}

void TriangleBuffer::segment(const QPointF &a, const QPointF &b, double halfWidth,
                             const QColor &color)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len <= 0)
        return;
    const QPointF u = d / len * halfWidth;
    const QPointF n(-u.y(), u.x());
    const QPointF a0 = a - u + n, a1 = a - u - n, b0 = b + u + n, b1 = b + u - n;
    triangle(a0, a1, b0, color);
    triangle(b0, a1, b1, color);
}

void TriangleBuffer::upload(QSGNode *parent, QSGGeometry::DrawingMode mode) const
{
    const int chunks = int((m_vertices.size() + kMaxVertices - 1) / kMaxVertices);
    while (parent->childCount() > chunks) {
        QSGNode *last = parent->lastChild();
        parent->removeChildNode(last);
        delete last;
    }
    while (parent->childCount() < chunks) {
        auto *node = new QSGGeometryNode;
        node->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial | QSGNode::OwnedByParent);
        // The layer's transform changes on every frame of a pan. Merged batches would be
        // re-transformed on the CPU and uploaded again each frame; a material that asks for
        // the full matrix keeps every chunk unmerged, drawn from a static vertex buffer with
        // the matrix as a uniform, so a pan costs a uniform update per chunk.
        auto *material = new QSGVertexColorMaterial;
        material->setFlag(QSGMaterial::RequiresFullMatrix);
        node->setMaterial(material);
        auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0);
        g->setVertexDataPattern(QSGGeometry::StaticPattern);
        node->setGeometry(g);
        parent->appendChildNode(node);
    }
    std::size_t first = 0;
    for (QSGNode *child = parent->firstChild(); child; child = child->nextSibling()) {
        auto *node = static_cast<QSGGeometryNode *>(child);
        const std::size_t n = std::min<std::size_t>(kMaxVertices, m_vertices.size() - first);
        QSGGeometry *g = node->geometry();
        g->setDrawingMode(mode);
        g->setLineWidth(1);
        g->allocate(int(n));
        std::copy_n(m_vertices.begin() + std::ptrdiff_t(first), n, g->vertexDataAsColoredPoint2D());
        node->markDirty(QSGNode::DirtyGeometry);
        first += n;
    }
}

} // namespace yiping::map
