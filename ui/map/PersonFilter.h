#pragma once

#include "domain/Enums.h"

#include <QSet>

namespace yiping::workspace {
class WorkspaceContext;
}

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

    // The workspace's shared person filters (FilterKeys.h): a dimension with every option
    // ticked is no filter (cleared), the others keep the ticked codes. Reading, a cleared
    // key ticks everything and codes the client does not know are ignored.
    void writeTo(workspace::WorkspaceContext &context) const;
    static PersonFilter readFrom(const workspace::WorkspaceContext &context);

    bool accepts(domain::PersonCategory category, int risk, domain::PersonStatus status) const;
    bool acceptsAll() const;
    bool operator==(const PersonFilter &other) const = default;
};

} // namespace yiping::ui
