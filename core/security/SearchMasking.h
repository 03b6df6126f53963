#pragma once

#include "security/Clearance.h"
#include "store/Search.h"

namespace yiping::security {

// The masking policy on search results as they leave the cache for the search box: a
// person's hit tells itself apart by the home address, which a viewer below the policy's
// rule does not see. Titles are names, which every clearance sees.
class SearchMasking
{
public:
    static QList<store::SearchGroup> forViewer(QList<store::SearchGroup> groups, Clearance viewer);
};

} // namespace yiping::security
