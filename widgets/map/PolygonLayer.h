#pragma once

#include "map/MapLayer.h"
#include "map/PolygonRenderModel.h"

#include <QTimer>

namespace yiping::map {

// Filled, outlined and labelled polygons (districts, towns, grid cells, site footprints),
// all in one batched subtree: a few geometry nodes for every fill, a few for every
// outline, one for the selection outline, and a text node per label that is shown.
// Panning only changes a transform; the outlines are rebuilt when the zoom changes so
// they keep their pixel width; recolouring (a choropleth) rewrites vertex colours only.
class PolygonLayer : public MapLayer
{
    Q_OBJECT
    Q_PROPERTY(
        int selectedIndex READ selectedIndex WRITE setSelectedIndex NOTIFY selectedIndexChanged)

public:
    explicit PolygonLayer(QQuickItem *parent = nullptr);

    // A new model starts with its own fills and no selection.
    void setModel(std::shared_ptr<const PolygonRenderModel> model);
    std::shared_ptr<const PolygonRenderModel> model() const { return m_model; }

    // Fill colours by feature index (a choropleth); features past the list's end keep the
    // model's fill. No re-triangulation: only vertex colours change.
    void setFills(QList<QColor> fills);
    // The features outlined in the accent colour on top of the others. selectedIndex() is
    // the one when there is one (-1: none, or several); setSelectedIndex(-1) clears.
    void setSelectedIndices(QList<qsizetype> indices);
    QList<qsizetype> selectedIndices() const { return m_style.selected; }
    void setSelectedIndex(int index)
    {
        setSelectedIndices(index < 0 ? QList<qsizetype>() : QList<qsizetype>{index});
    }
    int selectedIndex() const
    {
        return m_style.selected.size() == 1 ? int(m_style.selected.first()) : -1;
    }

    // Labels go above every other layer (visual rules): the same model is shown twice,
    // shapes at the bottom and labels at the top, each instance drawing one part.
    void setParts(bool shapes, bool labels);

    // The feature under a point of this layer (screen pixels), or -1.
    int featureAt(const QPointF &screenPos) const;
    QList<int> hitTest(const QPointF &screenPos) const override;
    // How many labels the current view shows (those that fit inside their feature).
    int shownLabelCount() const;

    PaintFunction painterSnapshot() const override;

    static constexpr double kLineWidthPx = 1.5;
    // While the zoom moves by less than this since the labels were laid out, they are
    // scaled with the map, and laid out again once the zoom has rested (kLabelSettleMs).
    static constexpr double kLabelZoomStep = 0.5;
    static constexpr int kLabelSettleMs = 150;

Q_SIGNALS:
    void selectedIndexChanged();

protected:
    QSGNode *updateSceneGraph(QSGNode *old, const geo::MapViewport &viewport) override;

private:
    std::shared_ptr<const PolygonRenderModel> m_model;
    PolygonRenderModel::Style m_style;
    bool m_modelChanged = false;
    bool m_fillsChanged = false;
    bool m_selectionChanged = false;
    bool m_shapesVisible = true;
    bool m_labelsVisible = true;
    QTimer m_labelSettle;       // lays the labels out again once the zoom has rested
    bool m_labelsRested = true; // the timer ran out since the labels were last scaled
};

} // namespace yiping::map
