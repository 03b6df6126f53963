#pragma once

#include "World.h"

namespace yiping::gen {

// Cases as they flow across the agencies: a criminal case from filing and investigation
// (police) through prosecution review (procuratorate, possibly returned for supplementary
// investigation) to trial (court) and enforcement or community correction (justice);
// civil, administrative and enforcement cases start at the court.
class CaseGenerator
{
public:
    static void write(World &world, DatasetWriter &out);
};

} // namespace yiping::gen
