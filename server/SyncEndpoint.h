#pragma once

#include <QHttpServerResponse>
#include <QUrlQuery>

namespace yiping::server {

class ServerDatabase;
struct Faults;
struct User;

// GET /api/v1/sync/{collection}?since=&limit=: one page by rev. Records the caller may
// not see (above their clearance, or outside their region scope) are sent as tombstones
// at their rev, so that a record that becomes invisible is deleted on the client and
// the cursor still moves past it.
class SyncEndpoint
{
public:
    SyncEndpoint(ServerDatabase &db, Faults &faults);
    QHttpServerResponse page(const User &user, const QByteArray &collection,
                             const QUrlQuery &query);
    qint64 minSince() const;

private:
    ServerDatabase &m_db;
    Faults &m_faults;
};

} // namespace yiping::server
