#pragma once

#include "World.h"

namespace yiping::gen {

// Key persons under management: who they are (name, ID number, phone), why they are
// managed (category, risk) and where they live (a grid cell), grouped into communities
// that the relations and cases later link densely.
class PersonGenerator
{
public:
    static void build(World &world);
    static void write(const World &world, DatasetWriter &out);
};

} // namespace yiping::gen
