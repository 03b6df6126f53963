#pragma once

// The keys the layer panel and the map page share for the map's layer groups, and the
// zooms at which one layer hands over to another: the page's files read them, nothing
// else does.

#include "map/StandardLayers.h"

namespace yiping::ui::maplayer {

inline const QString &grid = map::layerkey::grid;
inline const QString &heat = map::layerkey::heat;
inline const QString &events = map::layerkey::events;
inline const QString &sites = map::layerkey::sites;
inline const QString &persons = map::layerkey::persons;
inline const QString &alerts = map::layerkey::alerts;

constexpr double heatRadiusMetres = 800;
constexpr double eventsMinZoom = 14; // points take over from heat at street zoom
constexpr double footprintsMinZoom = 15;

} // namespace yiping::ui::maplayer
