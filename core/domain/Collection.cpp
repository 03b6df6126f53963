#include "domain/Collection.h"

namespace yiping::domain {

namespace {

constexpr std::array<const char *, kCollectionCount> kNames = {
    "regions",  "persons", "sites",     "orgs",    "events", "cases",       "disputes",
    "services", "tracks",  "relations", "surveys", "alerts", "assessments", "annotations"};

} // namespace

QLatin1StringView collectionName(Collection c)
{
    return QLatin1StringView(kNames[size_t(c)]);
}

std::optional<Collection> collectionFromName(QStringView name)
{
    for (Collection c : kAllCollections)
        if (name == collectionName(c))
            return c;
    return std::nullopt;
}

} // namespace yiping::domain
