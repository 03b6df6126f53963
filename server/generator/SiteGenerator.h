#pragma once

#include "World.h"

namespace yiping::gen {

// Key sites (schools and hospitals where people are dense, hazmat at the edges, hubs and
// markets at the cores) and legal entities (orgs).
class SiteGenerator
{
public:
    static void build(World &world);
    static void writeSites(const World &world, DatasetWriter &out);
    static void writeOrgs(const World &world, DatasetWriter &out);
};

} // namespace yiping::gen
