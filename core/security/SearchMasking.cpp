#include "security/SearchMasking.h"

#include "security/MaskingPolicy.h"

namespace yiping::security {

QList<store::SearchGroup> SearchMasking::forViewer(QList<store::SearchGroup> groups,
                                                   Clearance viewer)
{
    for (store::SearchGroup &g : groups) {
        if (g.kind != store::SearchKind::Person)
            continue;
        for (store::SearchHit &hit : g.hits)
            hit.detail = MaskingPolicy::shown(domain::Collection::Persons, PersonalField::Address,
                                              viewer, hit.detail);
    }
    return groups;
}

} // namespace yiping::security
