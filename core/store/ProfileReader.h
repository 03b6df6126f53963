#pragma once

#include "domain/Enums.h"
#include "store/Profile.h"
#include "store/Sqlite.h"

#include <memory>
#include <optional>

namespace yiping::store {

class MapData;

// Assembles a record's Profile from the cache: its own fields, the records linked to it
// and the notes on it, as the data has them (typed, unmasked: security::ProfileMasking
// decides what a viewer sees before it is shown). Read-only; one reader per thread and
// connection.
class ProfileReader
{
public:
    explicit ProfileReader(Database &db);
    ~ProfileReader();
    // Empty when the record is not in the cache or the type has no profile (org, unknown).
    std::optional<Profile> read(domain::RefType type, const QString &id);

private:
    Database &m_db;
    // Region outlines and the map metrics, for region profiles: loaded on the first one and
    // kept, since a reader lives as long as the panel.
    std::unique_ptr<MapData> m_map;
};

} // namespace yiping::store
