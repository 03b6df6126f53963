#pragma once

#include "World.h"

#include "city/CityManifest.h"

namespace yiping::gen {

// The four-level grid: the city, its real districts, generated towns (Voronoi cells of
// seeds concentrated at each district's core, clipped to the district) and grid cells
// (the same inside each town). Children partition their parent exactly.
class RegionGenerator
{
public:
    static bool build(World &world, const CityManifest &city, QString *error);
    static void write(const World &world, DatasetWriter &out);
};

} // namespace yiping::gen
