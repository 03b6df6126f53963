#include "RecordEndpoint.h"

#include "Auth.h"
#include "Collections.h"
#include "Problem.h"
#include "ServerDatabase.h"

namespace yiping::server {

QHttpServerResponse getRecord(ServerDatabase &db, const User &user, const QByteArray &collection,
                              const QByteArray &id)
{
    using Status = QHttpServerResponse::StatusCode;
    StoredRecord record;
    if (!isCollection(collection) || !db.find(collection, id, &record) || record.deleted)
        return problem(Status::NotFound, QStringLiteral("Not Found"),
                       QStringLiteral("No record %1/%2")
                           .arg(QString::fromUtf8(collection), QString::fromUtf8(id)));
    const Viewer viewer = user.viewer();
    if (!viewer.maySee(record.classification, record.regionCode, collection == "regions"))
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("The record is above your clearance or outside your"
                                      " region scope"));
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               servedJson(collection, record.json, viewer));
}

} // namespace yiping::server
