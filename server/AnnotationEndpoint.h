#pragma once

#include <QHttpServerResponse>
#include <QList>

namespace yiping::server {

class ServerDatabase;
struct StoredRecord;
struct User;

// PUT /api/v1/annotations/{id}. Idempotent: an annotation identical to the stored one
// answers 200 with the stored record whatever its base_rev, so a client that lost the
// first answer can safely send again. Otherwise a base_rev other than the stored rev is
// a conflict: 409 with the stored record in `current`. An annotation is as classified
// as its target unless it says otherwise, and belongs to its target's region. An "ack"
// of an open alert acknowledges it: the alert's status becomes "acknowledged" at a new
// rev, so every client's next sync brings it.
class AnnotationEndpoint
{
public:
    explicit AnnotationEndpoint(ServerDatabase &db);
    // *changed receives the collections the request wrote to.
    QHttpServerResponse put(const User &user, const QByteArray &id, const QByteArray &body,
                            QList<QByteArray> *changed);

private:
    void acknowledge(const StoredRecord &alert, QList<QByteArray> *changed);

    ServerDatabase &m_db;
};

} // namespace yiping::server
