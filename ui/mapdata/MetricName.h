#pragma once

#include "store/MapData.h"

#include <QString>

namespace yiping::ui {

// The name of a map metric as the metric chooser, the grid's legend and a region's
// profile show it, translated.
QString metricName(store::RegionMetric metric);

} // namespace yiping::ui
