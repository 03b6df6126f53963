#pragma once

#include "store/MapData.h"

#include <QString>

namespace yiping::ui {

// The name of a map metric as the metric chooser, the grid's legend and a region's
// profile show it, translated.
QString metricName(store::RegionMetric metric);
// Its unit ("起/千人", "件", "分"), translated.
QString metricUnit(store::RegionMetric metric);
// The name with its unit, as the legend's title: "每千人事件数（起/千人）".
QString metricTitle(store::RegionMetric metric);
// A metric where a high value is good news (the sense of safety): its map turns the ramp
// so that bright still means "look here".
bool metricHighIsGood(store::RegionMetric metric);

} // namespace yiping::ui
