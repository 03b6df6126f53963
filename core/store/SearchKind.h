#pragma once

#include <QtGlobal>

namespace yiping::store {

// What a search hit is. Values are stored in search rowids (kind << 32 | rid): do not
// renumber. The order of the enum is the order groups are shown in.
enum class SearchKind { Person = 1, Site = 2, Org = 3, Case = 4, Event = 5, Region = 6 };

inline constexpr qint64 searchRowId(SearchKind kind, qint64 rid)
{
    return (qint64(kind) << 32) | rid;
}

} // namespace yiping::store
