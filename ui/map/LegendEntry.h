#pragma once

#include "map/Legend.h"

namespace yiping::ui {

// The map's legend line (see map::LegendEntry), under the name the pages use.
using map::LegendEntry;

} // namespace yiping::ui
