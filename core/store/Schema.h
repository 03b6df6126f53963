#pragma once

#include "store/Sqlite.h"

namespace yiping::store {

// The cache schema, versioned with PRAGMA user_version. Each step migrates from version
// N-1 to N in its own transaction; a cache of any earlier version is brought up to date
// on open, a cache of a newer version is refused (never downgraded).
//   1: a table per collection (columns pages query + the record's JSON), sync cursors,
//      the queue of local annotations waiting for upload.
//   2: search (FTS5 trigram + short-token tables) and spatial (R*Tree) indexes, filled
//      from the rows already cached.
//   3: the map page's indexes (time-ordered covering indexes per region, alerts by subject)
//      and person_links (who is named in events, cases, disputes), kept by triggers.
class Schema
{
public:
    static constexpr int kCurrentVersion = 3;

    static int version(Database &db);
    // Migrates up to `target` (kCurrentVersion by default). Tests stop early to build
    // caches of older versions.
    static void migrate(Database &db, int target = kCurrentVersion);
};

} // namespace yiping::store
