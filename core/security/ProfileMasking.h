#pragma once

#include "security/Clearance.h"
#include "store/Profile.h"

namespace yiping::security {

// The masking policy on a profile as it leaves the cache for a view: each personal field
// (a person's identifiers, dates and address; a site's contact; a cell's officer) shown as
// MaskingPolicy lets the viewer see it, `masked` set when anything was held back. Linked
// records show only names, which every clearance sees.
class ProfileMasking
{
public:
    static store::Profile forViewer(store::Profile profile, Clearance viewer);
};

} // namespace yiping::security
