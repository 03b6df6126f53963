#pragma once

#include "domain/Enums.h"

#include <QString>

namespace yiping::workspace {

// One thing the user can select or point at, by kind and id: person:ID, site:ID,
// region:ID, case:ID, alert:ID… The null ref (no kind or no id) stands for nothing.
struct ItemRef
{
    domain::RefType type = domain::RefType::Unknown;
    QString id;

    bool isNull() const { return type == domain::RefType::Unknown || id.isEmpty(); }
    // "person:ID", the contract's name of the kind and the id, as logs and tests read it.
    QString toString() const;

    friend bool operator==(const ItemRef &, const ItemRef &) = default;
};

} // namespace yiping::workspace
