#include "map/PolygonLayer.h"

#include "Theme.h"
#include "geo/WebMercator.h"
#include "map/GeometryChunks.h"

#include <QQuickWindow>
#include <QSGTextNode>
#include <QSGTransformNode>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <unordered_set>
#include <vector>

namespace yiping::map {

namespace {

// The subtree: root { geometry transform { fills { chunk* }, outlines { chunk* },
// selection { chunk } }, labels { transform { text } }* }
class PolygonLayerNode : public QSGNode
{
public:
    QSGTransformNode *geometry = new QSGTransformNode;
    QSGNode *fills = new QSGNode;
    QSGNode *outlines = new QSGNode;
    QSGNode *selection = new QSGNode;
    QSGTransformNode *labels = new QSGTransformNode;
    QSGTextNode *labelText = nullptr; // every shown label, laid out in one text node
    double labelZoom = -1;
    QRectF labelArea; // mercator: where the label nodes were placed for
    QPointF labelAnchor;
    const PolygonRenderModel *builtFor = nullptr;
    double outlineZoom = -1;
    // Each label shaped once per model: a zoom in motion places the labels again every
    // frame, and shaping hundreds of them each time was most of what such a frame cost.
    std::vector<std::unique_ptr<QTextLayout>> shaped;

    PolygonLayerNode()
    {
        geometry->appendChildNode(fills);
        geometry->appendChildNode(outlines);
        geometry->appendChildNode(selection);
        appendChildNode(geometry);
        appendChildNode(labels);
    }

    void clearLabels()
    {
        if (labelText)
            labelText->clear();
        labelZoom = -1;
        shaped.clear();
    }

    QTextLayout &shapedLabel(const PolygonRenderModel &model, qsizetype i)
    {
        if (shaped.size() != std::size_t(model.features.size()))
            shaped.resize(std::size_t(model.features.size()));
        std::unique_ptr<QTextLayout> &layout = shaped[std::size_t(i)];
        if (!layout) {
            layout = std::make_unique<QTextLayout>(
                model.features[i].label, PolygonRenderModel::labelFont(model.labelPixelSize));
            layout->beginLayout();
            layout->createLine();
            layout->endLayout();
        }
        return *layout;
    }
};

void buildFills(QSGNode *parent, const PolygonRenderModel &model,
                const PolygonRenderModel::Style &style)
{
    TriangleBuffer buffer;
    for (qsizetype i = 0; i < model.features.size(); ++i) {
        const QColor fill = style.fillOf(model, i);
        for (const QPointF &p : model.features[i].triangles)
            buffer.add(p, fill);
    }
    buffer.upload(parent);
}

// Each ring segment as a quad of constant width in pixels (halfWidth is in local units),
// or, for hairlines, as a line primitive: a grid's thousands of cells are outlined with a
// third of the vertices and half the primitives, which is most of what a frame of a pan
// costs on a software rasterizer (llvmpipe: 13 ms of quads against 4 ms of lines).
void buildOutlines(QSGNode *parent, const PolygonRenderModel &model, const QList<qsizetype> &which,
                   double halfWidth, const QColor &color, bool hairline = false)
{
    // Neighbouring cells share their edges (the same projected points in both rings):
    // each shared edge is drawn once, which halves a grid's outline vertices.
    struct Edge
    {
        QPointF a, b;
        bool operator==(const Edge &o) const { return a == o.a && b == o.b; }
    };
    const auto hashEdge = [](const Edge &e) {
        return qHashMulti(0, e.a.x(), e.a.y(), e.b.x(), e.b.y());
    };
    std::unordered_set<Edge, decltype(hashEdge)> seen(0, hashEdge);
    TriangleBuffer buffer;
    for (const qsizetype i : which) {
        for (const auto &ring : model.features[i].rings) {
            for (qsizetype k = 0; k + 1 < ring.size(); ++k) {
                const QPointF a = ring[k], b = ring[k + 1];
                const bool ordered = a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
                if (which.size() > 1 && !seen.insert(ordered ? Edge{a, b} : Edge{b, a}).second)
                    continue;
                if (hairline)
                    buffer.line(a, b, color);
                else
                    buffer.segment(a, b, halfWidth, color);
            }
        }
    }
    buffer.upload(parent, hairline ? QSGGeometry::DrawLines : QSGGeometry::DrawTriangles);
}

// The labels that are shown (zoomed out over 3,000 cells: none) are laid out in one text
// node, in pixels from an anchor, for the view and half a view around it (a LayerCache's
// picture is as large): a pan only moves the parent transform, and the renderer draws
// every label in one batch. They are laid out again when the zoom changes or the area
// needed (the view, or the picture) leaves the area laid out.
// Returns true when it only scaled the labels laid out for another zoom (a zoom in motion;
// laying hundreds of labels out again every frame of it cost 130 ms a frame at zoom 13).
bool placeLabels(QQuickWindow *window, PolygonLayerNode *node, const PolygonRenderModel &model,
                 const geo::MapViewport &vp, const QRectF &needed, bool mayScale)
{
    const QRectF visible = vp.visibleMercator();
    if (!node->labelText) {
        node->labelText = window->createTextNode();
        node->labelText->setColor(model.labelColor);
        node->labelText->setTextStyle(QSGTextNode::Outline);
        node->labelText->setStyleColor(model.labelHalo);
        node->labels->appendChildNode(node->labelText);
    }
    const double dz = vp.zoom() - node->labelZoom;
    if (mayScale && node->labelZoom >= 0 && std::abs(dz) > 1e-9 &&
        std::abs(dz) < PolygonLayer::kLabelZoomStep && node->labelArea.contains(needed)) {
        const QPointF t = vp.mercatorToScreen(node->labelAnchor);
        QMatrix4x4 m;
        m.translate(float(t.x()), float(t.y()));
        m.scale(float(std::exp2(dz)));
        node->labels->setMatrix(m);
        return true;
    }
    if (std::abs(dz) > 1e-9 || !node->labelArea.contains(needed)) {
        const double mx = visible.width() / 2, my = visible.height() / 2;
        node->labelArea = visible.adjusted(-mx, -my, mx, my);
        node->labelAnchor = visible.center();
        node->labelZoom = vp.zoom();
        const geo::MapViewport around(geo::WebMercator::unproject(node->labelAnchor), vp.zoom(),
                                      vp.size() * 2);
        node->labelText->clear();
        node->labelText->setColor(model.labelColor);
        node->labelText->setStyleColor(model.labelHalo);
        const double scale = vp.scale();
        for (qsizetype i = 0; i < model.features.size(); ++i) {
            if (!model.labelShown(i, around))
                continue;
            QTextLayout &layout = node->shapedLabel(model, i);
            const QTextLine line = layout.lineAt(0);
            // Centred on the label point, on whole pixels so the glyphs stay crisp.
            const QPointF p = (model.features[i].labelMercator - node->labelAnchor) * scale;
            node->labelText->addTextLayout(QPointF(std::round(p.x() - line.naturalTextWidth() / 2),
                                                   std::round(p.y() - line.height() / 2)),
                                           &layout);
        }
    }
    const QPointF t = vp.mercatorToScreen(node->labelAnchor);
    QMatrix4x4 m;
    m.translate(float(std::round(t.x())), float(std::round(t.y())));
    node->labels->setMatrix(m);
    return false;
}

} // namespace

PolygonLayer::PolygonLayer(QQuickItem *parent)
    : MapLayer(parent)
{
    m_labelSettle.setSingleShot(true);
    m_labelSettle.setInterval(kLabelSettleMs);
    connect(&m_labelSettle, &QTimer::timeout, this, [this] {
        m_labelsRested = true;
        update();
    });
}

void PolygonLayer::setModel(std::shared_ptr<const PolygonRenderModel> model)
{
    m_model = std::move(model);
    // Fills and the selection are by feature index: they belong to the old model.
    m_style = {};
    m_modelChanged = true;
    update();
}

void PolygonLayer::setFills(QList<QColor> fills)
{
    m_style.fills = std::make_shared<const QList<QColor>>(std::move(fills));
    m_fillsChanged = true;
    update();
}

void PolygonLayer::setSelectedIndices(QList<qsizetype> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    if (indices == m_style.selected)
        return;
    m_style.selected = std::move(indices);
    m_selectionChanged = true;
    update();
    Q_EMIT selectedIndexChanged();
}

void PolygonLayer::setParts(bool shapes, bool labels)
{
    if (shapes == m_shapesVisible && labels == m_labelsVisible)
        return;
    m_shapesVisible = shapes;
    m_labelsVisible = labels;
    m_modelChanged = true;
    update();
}

int PolygonLayer::featureAt(const QPointF &screenPos) const
{
    return m_model ? m_model->featureAt(viewport(), screenPos) : -1;
}

QList<int> PolygonLayer::hitTest(const QPointF &screenPos) const
{
    if (const int f = featureAt(screenPos); f >= 0)
        return {f};
    return {};
}

int PolygonLayer::shownLabelCount() const
{
    if (!m_model || !m_labelsVisible || !showsAtZoom(zoomLevel()))
        return 0;
    const geo::MapViewport vp = viewport();
    int n = 0;
    for (qsizetype i = 0; i < m_model->features.size(); ++i)
        n += m_model->labelShown(i, vp) ? 1 : 0;
    return n;
}

MapLayer::PaintFunction PolygonLayer::painterSnapshot() const
{
    return [model = m_model, style = m_style, shapes = m_shapesVisible,
            labels = m_labelsVisible](QPainter *painter, const geo::MapViewport &vp) {
        if (model && shapes)
            model->paintShapes(painter, vp, style);
        if (model && labels)
            model->paintLabels(painter, vp);
    };
}

QSGNode *PolygonLayer::updateSceneGraph(QSGNode *old, const geo::MapViewport &vp)
{
    // An empty model has no origin or bounds: its transform would be NaN, and a NaN
    // transform in the scene stopped the OpenGL window from rendering at all.
    if (!m_model || m_model->features.isEmpty()) {
        delete old;
        return nullptr;
    }
    auto *node = static_cast<PolygonLayerNode *>(old);
    if (!node)
        node = new PolygonLayerNode;
    const bool rebuilt = node->builtFor != m_model.get() || m_modelChanged;
    if (rebuilt) {
        node->clearLabels();
        node->builtFor = m_model.get();
        node->outlineZoom = -1;
        m_modelChanged = false;
    }
    if (m_shapesVisible && (rebuilt || m_fillsChanged))
        buildFills(node->fills, *m_model, m_style);
    m_fillsChanged = false;
    const bool zoomed = std::abs(node->outlineZoom - vp.zoom()) > 1e-3;
    const double toLocal = PolygonRenderModel::kLocalUnit / vp.scale(); // local units per px
    // Hairlines are line primitives, one pixel wide at any scale: built once per model.
    const bool hairline = m_model->lineWidthPx <= 1.0;
    if (m_shapesVisible && (hairline ? node->outlineZoom < 0 : zoomed)) {
        QList<qsizetype> all(m_model->features.size());
        std::iota(all.begin(), all.end(), 0);
        buildOutlines(node->outlines, *m_model, all, m_model->lineWidthPx / 2 * toLocal,
                      m_model->line, hairline);
        node->outlineZoom = vp.zoom();
    }
    if (m_shapesVisible && (zoomed || rebuilt || m_selectionChanged)) {
        QList<qsizetype> selected;
        for (const qsizetype i : std::as_const(m_style.selected))
            if (i >= 0 && i < m_model->features.size())
                selected.append(i);
        buildOutlines(node->selection, *m_model, selected,
                      PolygonRenderModel::kSelectionWidthPx / 2 * toLocal, theme::accent);
    }
    m_selectionChanged = false;
    node->geometry->setMatrix(QMatrix4x4(m_model->localToScreen(vp)));
    if (m_labelsVisible) {
        // A picture for the layer cache is drawn for a rested zoom: exact labels.
        const bool scaled = placeLabels(window(), node, *m_model, vp, neededArea(vp),
                                        !m_labelsRested && !drawsForPicture());
        m_labelsRested = false;
        if (scaled)
            QMetaObject::invokeMethod(
                this, [this] { m_labelSettle.start(); }, Qt::QueuedConnection);
    }
    return node;
}

} // namespace yiping::map
