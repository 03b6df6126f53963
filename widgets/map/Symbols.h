#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QPointF>
#include <QPolygonF>

namespace yiping::map {

// The shapes a SymbolLayer draws. Every shape is star-shaped from its centre, so the
// scene graph draws it as one triangle fan and QPainter as one polygon: the same outline
// in both backends.
enum class Shape : quint8 {
    Circle,
    Square,
    Triangle,
    Diamond,
    Hexagon,
    Star,
    Cross,
    Pin,
    Pentagon,
    TriangleDown,
};

// Which symbol stands for what, so that a category has the same shape on the map, in its
// legend and in every list (visual rules: colour is never the only code; the colour
// says the risk level, the shape says the category or kind):
//
//   persons                       sites
//   community correction  square  school          pentagon     power        star
//   released prisoner     diamond hospital        cross        water        triangle-down
//   drug user             triangle hazmat         triangle     gas          triangle
//   mental disorder       hexagon transport hub   square       other/unknown circle
//   petitioner            pin     entertainment   star
//   at-risk youth         triangle-down rental housing diamond
//   cult member           star    religious       hexagon
//   other / unknown       circle  government      pin
//                                 market          circle
//
// Events are circles coloured by source (eventSourceColour) and sized by severity.
Shape personSymbol(domain::PersonCategory category);
Shape siteSymbol(domain::SiteKind kind);

// The national four levels, in their fixed order: 4 red Ⅰ (critical), 3 orange Ⅱ,
// 2 yellow Ⅲ, 1 blue Ⅳ (low); anything else is the neutral secondary text colour.
QColor riskColour(int level);
// One categorical colour per event source (never a warning colour, so a police event is
// not mistaken for a red alarm).
QColor eventSourceColour(domain::EventSource source);

// The outline of `shape` centred on `centre` with circumradius `radius` (pixels).
QPolygonF shapeOutline(Shape shape, const QPointF &centre, double radius);

} // namespace yiping::map
