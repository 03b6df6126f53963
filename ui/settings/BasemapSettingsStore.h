#pragma once

#include "map/MapView.h"

namespace yiping::ui {

// The basemap choice, kept in QSettings (map/basemap, map/tileFolder, map/tileUrl).
struct BasemapSettingsStore
{
    static map::BasemapSettings load();
    static void save(const map::BasemapSettings &settings);
};

} // namespace yiping::ui
