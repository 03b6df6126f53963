#pragma once

#include "World.h"

namespace yiping::gen {

// The knowledge graph: dense links inside each community of key persons (kin, cohabiting,
// calls, transfers, travelling together), sparse links between communities, and the
// links to what they are involved in (cases, events), work for (orgs) and frequent
// (sites).
class RelationGenerator
{
public:
    static void write(const World &world, DatasetWriter &out);
};

} // namespace yiping::gen
