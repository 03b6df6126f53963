#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace yiping::ui {

// One line of a layer's legend. The icon, when given, is drawn as-is (the caller's own
// symbol); otherwise `shape` picks a plain mark in `colour`.
struct LegendEntry
{
    enum Shape { Swatch = 0, Point = 1, Line = 2 };

    QColor colour;
    int shape = Swatch;
    QIcon icon;
    QString text;
};

} // namespace yiping::ui
