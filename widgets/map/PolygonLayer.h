#pragma once

#include "map/MapLayer.h"
#include "map/PolygonRenderModel.h"

namespace yiping::map {

// Filled, outlined and labelled polygons (districts now; towns and grid cells next), all
// in one batched subtree: one geometry node for every fill, one for every outline, and a
// text node per label. Panning only changes a transform; the outline is rebuilt when the
// zoom changes so it keeps its pixel width.
class PolygonLayer : public MapLayer
{
    Q_OBJECT
    // Labels go above every other layer (visual rules): the same model is shown twice,
    // shapes at the bottom and labels at the top, each instance drawing one part.
    Q_PROPERTY(bool shapesVisible MEMBER m_shapesVisible NOTIFY partsChanged)
    Q_PROPERTY(bool labelsVisible MEMBER m_labelsVisible NOTIFY partsChanged)

public:
    explicit PolygonLayer(QQuickItem *parent = nullptr);

    void setModel(std::shared_ptr<const PolygonRenderModel> model);
    std::shared_ptr<const PolygonRenderModel> model() const { return m_model; }

    PaintFunction painterSnapshot() const override;

    static constexpr double kLineWidthPx = 1.5;

Q_SIGNALS:
    void partsChanged();

protected:
    QSGNode *updateSceneGraph(QSGNode *old, const geo::MapViewport &viewport) override;

private:
    std::shared_ptr<const PolygonRenderModel> m_model;
    bool m_modelChanged = false;
    bool m_shapesVisible = true;
    bool m_labelsVisible = true;
};

} // namespace yiping::map
