#pragma once

#include "World.h"

namespace yiping::gen {

// Sightings of a subset of key persons (the riskier more often): nights at home, the
// commute past cameras and checkpoints, days at work, evenings at their haunts (internet
// cafés, hotels), each as the sensor that saw them. Sorted per person by time.
class TrackGenerator
{
public:
    static void write(const World &world, DatasetWriter &out);
};

} // namespace yiping::gen
