#pragma once

// The keys the layer panel and the map page share for the map's layers, and the zooms at
// which one layer hands over to another: the page's files read them, nothing else does.

#include <QString>

namespace yiping::ui::maplayer {

inline const QString grid = QStringLiteral("grid");
inline const QString heat = QStringLiteral("heat");
inline const QString events = QStringLiteral("events");
inline const QString sites = QStringLiteral("sites");
inline const QString persons = QStringLiteral("persons");
inline const QString alerts = QStringLiteral("alerts");

constexpr double heatRadiusMetres = 800;
constexpr double eventsMinZoom = 14; // points take over from heat at street zoom
constexpr double footprintsMinZoom = 15;

} // namespace yiping::ui::maplayer
