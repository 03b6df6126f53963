#pragma once

#include "World.h"

namespace yiping::gen {

// What the platform derives: quarterly safety surveys per grid cell, alerts raised by
// the backend's rules, and quarterly assessments of districts and towns.
class ReportGenerator
{
public:
    static void writeSurveys(const World &world, DatasetWriter &out);
    static void writeAlerts(const World &world, DatasetWriter &out);
    static void writeAssessments(const World &world, DatasetWriter &out);
};

} // namespace yiping::gen
