#pragma once

#include <QHttpServerResponse>

namespace yiping::server {

class ServerDatabase;
struct User;

// GET /api/v1/{collection}/{id}: one current record, masked for the caller. 404 for an
// unknown collection or id (or a deleted record); 403 when the caller's clearance or
// region scope does not reach it.
QHttpServerResponse getRecord(ServerDatabase &db, const User &user, const QByteArray &collection,
                              const QByteArray &id);

} // namespace yiping::server
