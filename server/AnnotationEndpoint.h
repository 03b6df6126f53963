#pragma once

#include <QHttpServerResponse>

namespace yiping::server {

class ServerDatabase;
struct User;

// PUT /api/v1/annotations/{id}. Idempotent: an annotation identical to the stored one
// answers 200 with the stored record whatever its base_rev, so a client that lost the
// first answer can safely send again. Otherwise a base_rev other than the stored rev is
// a conflict: 409 with the stored record in `current`. An annotation is as classified
// as its target unless it says otherwise, and belongs to its target's region.
class AnnotationEndpoint
{
public:
    explicit AnnotationEndpoint(ServerDatabase &db);
    // *written is set when the database changed.
    QHttpServerResponse put(const User &user, const QByteArray &id, const QByteArray &body,
                            bool *written);

private:
    ServerDatabase &m_db;
};

} // namespace yiping::server
