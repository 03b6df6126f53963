#pragma once

#include "Theme.h"
#include "geo/Boundary.h"
#include "geo/WebMercator.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"
#include "map/Symbols.h"

#include <QColor>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

// The small synthetic scene the map widget suites draw: a grid of cells around Putian
// with a choropleth, and random symbols.
namespace yiping::maptest {

inline constexpr QSize kViewSize(320, 240);
inline const QPointF kCentre(119.0, 25.45); // Putian
inline constexpr double kCell = 0.02;       // degrees: the synthetic grid cells' side

inline bool softwareRun()
{
    return qgetenv("QT_QUICK_BACKEND") == "software";
}

inline QString describe(QRgb c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

// A 5 × 4 grid of square cells around the centre, named A1…E4.
inline QList<geo::Boundary> gridCells(int columns = 5, int rows = 4, int sides = 4)
{
    QList<geo::Boundary> cells;
    const QPointF origin = kCentre - QPointF(columns * kCell / 2, rows * kCell / 2);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            geo::Boundary b;
            b.code = QStringLiteral("%1-%2").arg(c).arg(r);
            b.name = QString(QChar(u'A' + c % 26)) + QString::number(r + 1);
            const QPointF centre = origin + QPointF((c + 0.5) * kCell, (r + 0.5) * kCell);
            geo::GeoPolygon polygon;
            QList<QPointF> ring;
            if (sides == 4) {
                const double h = kCell / 2;
                ring = {centre + QPointF(-h, -h), centre + QPointF(h, -h), centre + QPointF(h, h),
                        centre + QPointF(-h, h)};
            } else {
                for (int i = 0; i < sides; ++i) {
                    const double a = 2 * M_PI * i / sides;
                    ring.append(centre + QPointF(std::cos(a), std::sin(a)) * kCell * 0.5);
                }
            }
            polygon.rings.append(ring);
            b.shape.append(polygon);
            b.labelPoint = centre;
            cells.append(b);
        }
    }
    return cells;
}

inline QColor ramp(int i, int n)
{
    // Low close to the background, high bright (visual rules for choropleths).
    const double t = double(i) / std::max(1, n - 1);
    return QColor::fromRgbF(float(0.10 + 0.80 * t), float(0.25 + 0.55 * t), float(0.45 + 0.2 * t),
                            0.85f);
}

// The grid of gridCells() with its choropleth ramp and labels.
inline void showGrid(map::MapView &view)
{
    const QList<geo::Boundary> cells = gridCells();
    const auto model =
        map::PolygonRenderModel::build(cells, theme::gridFill, theme::gridLine, 12, 1.0);
    view.gridLayer()->setModel(model);
    view.gridLabels()->setModel(model);
    QList<QColor> fills;
    for (int i = 0; i < cells.size(); ++i)
        fills.append(ramp(i, int(cells.size())));
    view.gridLayer()->setFills(fills);
}

inline QList<map::SymbolLayer::Symbol> randomSymbols(int n, const QRectF &lonLat, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<map::SymbolLayer::Symbol> out;
    for (int i = 0; i < n; ++i) {
        const QPointF p(lonLat.left() + random.bounded(lonLat.width()),
                        lonLat.top() + random.bounded(lonLat.height()));
        const int level = 1 + random.bounded(4);
        out.append({geo::WebMercator::project(p), map::riskColour(level), quint8(random.bounded(8)),
                    quint8(level), QColor(), 0});
    }
    return out;
}

} // namespace yiping::maptest
