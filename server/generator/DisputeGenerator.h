#pragma once

#include "World.h"

namespace yiping::gen {

// Disputes through one-stop mediation (received → mediating → mediated or failed →
// judicial confirmation or litigation → closed) and public legal-service requests.
class DisputeGenerator
{
public:
    static void writeDisputes(const World &world, DatasetWriter &out);
    static void writeServices(const World &world, DatasetWriter &out);
};

} // namespace yiping::gen
