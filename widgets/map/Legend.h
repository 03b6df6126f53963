#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace yiping::map {

// One line of a layer's legend. The icon, when given, is drawn as-is (the caller's own
// symbol); otherwise `shape` picks a plain mark in `colour`. It lives with the map's layers
// (LayerRegistry holds each layer's legend) so that a page that adds a layer gives its
// legend with it, and the layer panel shows whatever the map holds.
struct LegendEntry
{
    enum Shape { Swatch = 0, Point = 1, Line = 2 };

    QColor colour;
    int shape = Swatch;
    QIcon icon;
    QString text;
};

} // namespace yiping::map
