#pragma once

#include <QString>

namespace yiping::workspace {

// The region the pages look at, as the breadcrumb shows it: the whole city (level 1, no
// id), a district (2) or a town (3); the map shows its children, one level finer.
struct RegionScope
{
    int level = 1;
    QString id;

    bool isCity() const { return id.isEmpty(); }
    friend bool operator==(const RegionScope &, const RegionScope &) = default;
};

} // namespace yiping::workspace
