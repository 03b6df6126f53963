#pragma once

#include "map/MapLayer.h"
#include "map/Symbols.h"

#include <QColor>
#include <QList>

#include <QSet>
#include <array>

#include <memory>

namespace yiping::map {

// Point symbols at map positions (key persons, key sites, events): a shape per category
// in its colour, over an optional halo (the risk level's colour), with a dark outline so
// it reads on any fill. Optionally clustered by zoom: symbols in the same cell of
// kClusterCellPx at the current whole zoom level merge into a dark disc showing their count
// inside a ring split by the mix of their levels (Ⅰ first, clockwise from the top), so
// that a cluster of one level-Ⅰ person among two hundred does not read as two hundred
// red ones. A cluster stays inside its cell, so neighbouring clusters never cover each
// other's counts.
//
// Batched: the symbols are written, in pixels at the current zoom, into a few chunked
// geometry nodes under one transform; a pan only moves the transform, and the geometry is
// rebuilt when the zoom changes or the view leaves the area built (the view plus half a
// view on every side). Cluster counts are text nodes under the same transform.
class SymbolLayer : public MapLayer
{
    Q_OBJECT
    Q_PROPERTY(bool clustered READ clustered WRITE setClustered NOTIFY clusteredChanged)
    Q_PROPERTY(
        int selectedIndex READ selectedIndex WRITE setSelectedIndex NOTIFY selectedIndexChanged)

public:
    struct Symbol
    {
        QPointF mercator;
        QColor color;
        quint8 shape = quint8(Shape::Circle); // a map::Shape
        quint8 level = 0;                     // risk level 1–4: a cluster shows its worst
        QColor halo;                          // invalid or transparent: no halo
        float size = 0;                       // diameter in pixels; 0: kDefaultSize
    };

    // What is drawn at one place: one symbol, or a cluster of several.
    struct Item
    {
        QPointF mercator;
        int count = 1;
        int level = 0;  // the worst member's
        int index = -1; // the symbol's index when count == 1
        bool selected = false;
        double radius = 0;
        std::array<int, 5> levels{}; // a cluster's members by level 0 (none) … 4
    };

    explicit SymbolLayer(QQuickItem *parent = nullptr);

    void setSymbols(QList<Symbol> symbols);
    qsizetype symbolCount() const { return m_symbols ? m_symbols->size() : 0; }

    bool clustered() const { return m_clustered; }
    void setClustered(bool clustered);
    // The outline of a cluster: a layer of key sites clusters in another shape than one
    // of key persons, so the two read apart at city zoom.
    void setClusterShape(Shape shape);
    Shape clusterShape() const { return m_clusterShape; }

    // The symbols drawn with the accent selection ring (or the clusters holding them):
    // every selected item the layer shows. selectedIndex() is the one when there is one
    // (-1: none, or several); setSelectedIndex(-1) clears.
    QSet<int> selectedIndices() const { return m_selected; }
    void setSelectedIndices(const QSet<int> &indices);
    int selectedIndex() const { return m_selected.size() == 1 ? *m_selected.cbegin() : -1; }
    void setSelectedIndex(int index) { setSelectedIndices(index < 0 ? QSet<int>() : QSet{index}); }

    // The symbols under a point of the layer (screen pixels): the one symbol there, or
    // every member of the cluster there; empty when there is none.
    QList<int> indicesAt(const QPointF &screenPos) const;
    QList<int> hitTest(const QPointF &screenPos) const override { return indicesAt(screenPos); }

    // What the layer draws for a viewport (for tests and legends).
    QList<Item> items(const geo::MapViewport &vp) const;

    PaintFunction painterSnapshot() const override;

    static constexpr double kDefaultSize = 12;
    static constexpr double kClusterCellPx = 60;
    static constexpr int kClusterMaxZoom = 17; // beyond it every symbol stands alone

Q_SIGNALS:
    void clusteredChanged();
    void selectedIndexChanged();

protected:
    QSGNode *updateSceneGraph(QSGNode *old, const geo::MapViewport &viewport) override;

private:
    std::shared_ptr<const QList<Symbol>> m_symbols;
    bool m_clustered = false;
    Shape m_clusterShape = Shape::Circle;
    QSet<int> m_selected;
    int m_generation = 0; // bumped on every change the geometry depends on
};

} // namespace yiping::map
