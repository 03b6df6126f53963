#pragma once

#include "store/EventSet.h"

#include <QString>

#include <optional>

namespace yiping::store {

// The time a survey or assessment period covers, [from, to) in epoch seconds, in China
// Standard Time (UTC+8, where the surveys are taken): "2026" is the year, "2026-H1" a half,
// "2026-Q3" a quarter, "2026-07" a month. Empty for anything else.
std::optional<TimeWindow> surveyPeriod(const QString &period);

} // namespace yiping::store
