#include "map/PolygonLayer.h"

#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGTextNode>
#include <QSGTransformNode>
#include <QSGVertexColorMaterial>
#include <QTextLayout>

#include <cmath>
#include <vector>

namespace yiping::map {

namespace {

// The subtree: root { geometry transform { fills, outlines }, labels { transform { text } }* }
class PolygonLayerNode : public QSGNode
{
public:
    QSGTransformNode *geometry = new QSGTransformNode;
    QSGGeometryNode *fills = new QSGGeometryNode;
    QSGGeometryNode *outlines = new QSGGeometryNode;
    QSGNode *labels = new QSGNode;
    const PolygonRenderModel *builtFor = nullptr;
    double outlineZoom = -1;

    PolygonLayerNode()
    {
        for (QSGGeometryNode *n : {fills, outlines}) {
            n->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);
            n->setMaterial(new QSGVertexColorMaterial);
            auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0);
            g->setDrawingMode(QSGGeometry::DrawTriangles);
            n->setGeometry(g);
            geometry->appendChildNode(n);
        }
        appendChildNode(geometry);
        appendChildNode(labels);
    }
};

// Vertex colours are premultiplied in the scene graph.
void setColor(QSGGeometry::ColoredPoint2D &v, const QPointF &p, const QColor &c)
{
    const float a = float(c.alphaF());
    v.set(float(p.x()), float(p.y()), uchar(c.red() * a), uchar(c.green() * a), uchar(c.blue() * a),
          uchar(c.alpha()));
}

void buildFills(QSGGeometryNode *node, const PolygonRenderModel &model)
{
    int count = 0;
    for (const auto &f : model.features)
        count += int(f.triangles.size());
    QSGGeometry *g = node->geometry();
    g->allocate(count);
    QSGGeometry::ColoredPoint2D *v = g->vertexDataAsColoredPoint2D();
    for (const auto &f : model.features)
        for (const QPointF &p : f.triangles)
            setColor(*v++, p, f.fill);
    node->markDirty(QSGNode::DirtyGeometry);
}

// Each ring segment as a quad of constant width in pixels (halfWidth is in local units).
void buildOutlines(QSGGeometryNode *node, const PolygonRenderModel &model, double halfWidth)
{
    std::vector<QSGGeometry::ColoredPoint2D> vertices;
    for (const auto &f : model.features) {
        for (const auto &ring : f.rings) {
            for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
                const QPointF a = ring[i], b = ring[i + 1];
                const QPointF d = b - a;
                const double len = std::hypot(d.x(), d.y());
                if (len <= 0)
                    continue;
                // Extend each end by half the width so consecutive segments overlap at joins.
                const QPointF u = d / len * halfWidth;
                const QPointF n(-u.y(), u.x());
                const QPointF a0 = a - u + n, a1 = a - u - n, b0 = b + u + n, b1 = b + u - n;
                for (const QPointF &p : {a0, a1, b0, b0, a1, b1})
                    setColor(vertices.emplace_back(), p, model.line);
            }
        }
    }
    QSGGeometry *g = node->geometry();
    g->allocate(int(vertices.size()));
    std::copy(vertices.begin(), vertices.end(), g->vertexDataAsColoredPoint2D());
    node->markDirty(QSGNode::DirtyGeometry);
}

void buildLabels(QQuickWindow *window, QSGNode *labels, const PolygonRenderModel &model)
{
    while (QSGNode *child = labels->firstChild()) {
        labels->removeChildNode(child);
        delete child;
    }
    QFont font;
    font.setPixelSize(15);
    font.setWeight(QFont::DemiBold);
    for (const auto &f : model.features) {
        auto *anchor = new QSGTransformNode;
        anchor->setFlag(QSGNode::OwnedByParent);
        QSGTextNode *text = window->createTextNode();
        text->setColor(model.labelColor);
        text->setTextStyle(QSGTextNode::Outline);
        text->setStyleColor(model.labelHalo);
        QTextLayout layout(f.label, font);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        // Centre the label on its anchor.
        text->addTextLayout(QPointF(-line.naturalTextWidth() / 2, -line.height() / 2), &layout);
        anchor->appendChildNode(text);
        labels->appendChildNode(anchor);
    }
}

void placeLabels(QSGNode *labels, const PolygonRenderModel &model, const geo::MapViewport &vp)
{
    const QRectF visible = vp.visibleMercator();
    int i = 0;
    for (QSGNode *n = labels->firstChild(); n && i < model.features.size();
         n = n->nextSibling(), ++i) {
        auto *anchor = static_cast<QSGTransformNode *>(n);
        const auto &f = model.features[i];
        QMatrix4x4 m;
        if (visible.contains(f.labelMercator)) {
            const QPointF p = vp.mercatorToScreen(f.labelMercator);
            m.translate(float(std::round(p.x())), float(std::round(p.y())));
        } else {
            m.scale(0); // off screen: collapse rather than rebuild
        }
        anchor->setMatrix(m);
    }
}

} // namespace

PolygonLayer::PolygonLayer(QQuickItem *parent)
    : MapLayer(parent)
{
    connect(this, &PolygonLayer::partsChanged, this, [this] {
        m_modelChanged = true;
        update();
    });
}

void PolygonLayer::setModel(std::shared_ptr<const PolygonRenderModel> model)
{
    m_model = std::move(model);
    m_modelChanged = true;
    update();
}

MapLayer::PaintFunction PolygonLayer::painterSnapshot() const
{
    return [model = m_model, shapes = m_shapesVisible,
            labels = m_labelsVisible](QPainter *painter, const geo::MapViewport &vp) {
        if (model && shapes)
            model->paintShapes(painter, vp);
        if (model && labels)
            model->paintLabels(painter, vp);
    };
}

QSGNode *PolygonLayer::updateSceneGraph(QSGNode *old, const geo::MapViewport &vp)
{
    if (!m_model) {
        delete old;
        return nullptr;
    }
    auto *node = static_cast<PolygonLayerNode *>(old);
    if (!node)
        node = new PolygonLayerNode;
    if (node->builtFor != m_model.get() || m_modelChanged) {
        if (m_shapesVisible)
            buildFills(node->fills, *m_model);
        if (m_labelsVisible)
            buildLabels(window(), node->labels, *m_model);
        node->builtFor = m_model.get();
        node->outlineZoom = -1;
        m_modelChanged = false;
    }
    if (m_shapesVisible && std::abs(node->outlineZoom - vp.zoom()) > 1e-3) {
        const double halfWidth = kLineWidthPx / 2 * PolygonRenderModel::kLocalUnit / vp.scale();
        buildOutlines(node->outlines, *m_model, halfWidth);
        node->outlineZoom = vp.zoom();
    }
    node->geometry->setMatrix(QMatrix4x4(m_model->localToScreen(vp)));
    placeLabels(node->labels, *m_model, vp);
    return node;
}

} // namespace yiping::map
