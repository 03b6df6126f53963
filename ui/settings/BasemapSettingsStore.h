#pragma once

#include "map/MapView.h"

namespace yiping::ui {

// The basemap choice, kept in QSettings (map/basemap, map/tileFolder, map/tileUrl,
// map/tileCrs: "WGS-84" or "GCJ-02", WGS-84 when absent).
struct BasemapSettingsStore
{
    static map::BasemapSettings load();
    static void save(const map::BasemapSettings &settings);
};

} // namespace yiping::ui
