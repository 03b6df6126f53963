#pragma once

#include "domain/Enums.h"

#include <QSet>

namespace yiping::ui {

// Which key persons the map shows: the categories, risk levels (1–4) and statuses that
// are ticked. A dimension with every option ticked does not filter at all, so a value the
// client does not know (an unknown category, a risk out of range) is still shown then.
struct PersonFilter
{
    QSet<domain::PersonCategory> categories;
    QSet<int> risks;
    QSet<domain::PersonStatus> statuses;

    // Everything ticked.
    static PersonFilter all();
    static const QList<domain::PersonCategory> &knownCategories();
    static const QList<domain::PersonStatus> &knownStatuses();

    bool accepts(domain::PersonCategory category, int risk, domain::PersonStatus status) const;
    bool acceptsAll() const;
    bool operator==(const PersonFilter &other) const = default;
};

} // namespace yiping::ui
