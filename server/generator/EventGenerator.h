#pragma once

#include "World.h"

namespace yiping::gen {

// Reported events of the last twelve months, in the order they happened: each source
// (police, grid officers, online opinion, the 12345 hotline, sensors) with its own
// categories and daily and weekly rhythm, concentrated around markets, hubs and venues.
class EventGenerator
{
public:
    static void write(World &world, DatasetWriter &out);
};

} // namespace yiping::gen
