#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <array>
#include <optional>

namespace yiping::domain {

// The collections of the sync contract, in the order the contract lists them (which is
// also a valid import order: regions first, so that cells exist before what is in them).
enum class Collection {
    Regions,
    Persons,
    Sites,
    Orgs,
    Events,
    Cases,
    Disputes,
    Services,
    Tracks,
    Relations,
    Surveys,
    Alerts,
    Assessments,
    Annotations,
};

inline constexpr int kCollectionCount = 14;

inline constexpr std::array<Collection, kCollectionCount> kAllCollections = {
    Collection::Regions,     Collection::Persons,    Collection::Sites,    Collection::Orgs,
    Collection::Events,      Collection::Cases,      Collection::Disputes, Collection::Services,
    Collection::Tracks,      Collection::Relations,  Collection::Surveys,  Collection::Alerts,
    Collection::Assessments, Collection::Annotations};

// The contract's name ("persons"), which is also the cache's table name.
QLatin1StringView collectionName(Collection c);
std::optional<Collection> collectionFromName(QStringView name);

} // namespace yiping::domain
