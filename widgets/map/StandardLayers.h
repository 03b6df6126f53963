#pragma once

#include <QString>

// The keys and z-orders of the layers every map has (MapView registers them): a page that
// adds a layer slots it between these, and the layer panel switches these groups.
namespace yiping::map::layerkey {

inline const QString districts = QStringLiteral("districts");
inline const QString grid = QStringLiteral("grid");
inline const QString heat = QStringLiteral("heat");
inline const QString siteFootprints = QStringLiteral("siteFootprints"); // group: sites
inline const QString events = QStringLiteral("events");
inline const QString sites = QStringLiteral("sites");
inline const QString persons = QStringLiteral("persons");
inline const QString alerts = QStringLiteral("alerts");
inline const QString alertHalos = QStringLiteral("alertHalos"); // group: alerts
inline const QString hover = QStringLiteral("hover");           // the item under the pointer
inline const QString gridLabels = QStringLiteral("gridLabels"); // group: grid
inline const QString districtLabels = QStringLiteral("districtLabels");

} // namespace yiping::map::layerkey

namespace yiping::map::layerz {

// Labels above everything (visual rules). On screen the live layers (the halos and the
// hover mark) are over the cached picture, labels included; exports follow these values.
constexpr double districts = 0;
constexpr double grid = 10;
constexpr double heat = 20;
constexpr double siteFootprints = 30;
constexpr double events = 40;
constexpr double sites = 50;
constexpr double persons = 60;
constexpr double alerts = 70;
constexpr double alertHalos = 80;
constexpr double hover = 90;
constexpr double gridLabels = 100;
constexpr double districtLabels = 110;

} // namespace yiping::map::layerz
