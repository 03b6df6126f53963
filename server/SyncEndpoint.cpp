#include "SyncEndpoint.h"

#include "Auth.h"
#include "Collections.h"
#include "Faults.h"
#include "Problem.h"
#include "ServerDatabase.h"
#include "ServerTime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yiping::server {

namespace {

using Status = QHttpServerResponse::StatusCode;

// A query integer: `fallback` when absent, false when present but not an integer.
bool queryInt(const QUrlQuery &query, QLatin1String key, qint64 fallback, qint64 *out)
{
    if (!query.hasQueryItem(key)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    *out = query.queryItemValue(key).toLongLong(&ok);
    return ok;
}

QByteArray tombstone(const StoredRecord &r)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), QString::fromUtf8(r.id)},
                                     {QStringLiteral("rev"), r.rev},
                                     {QStringLiteral("deleted"), true}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

SyncEndpoint::SyncEndpoint(ServerDatabase &db, Faults &faults)
    : m_db(db)
    , m_faults(faults)
{}

qint64 SyncEndpoint::minSince() const
{
    return m_faults.goneBelow;
}

QHttpServerResponse SyncEndpoint::page(const User &user, const QByteArray &collection,
                                       const QUrlQuery &query)
{
    if (!isCollection(collection))
        return problem(Status::NotFound, QStringLiteral("Not Found"),
                       QStringLiteral("No collection '%1'").arg(QString::fromUtf8(collection)));
    qint64 since = 0;
    qint64 limit = 0;
    if (!queryInt(query, QLatin1String("since"), 0, &since) || since < 0 ||
        !queryInt(query, QLatin1String("limit"), 1000, &limit) || limit < 1 || limit > 5000)
        return problem(Status::UnprocessableEntity, QStringLiteral("Unprocessable Content"),
                       QStringLiteral("since must be an integer >= 0 and limit one in 1..5000"));
    if (const int status = m_faults.takeStatus())
        return retryLater(Status(status), 1);
    if (since > 0 && since < minSince())
        return problem(Status::Gone, QStringLiteral("Gone"),
                       QStringLiteral("The server holds no changes before rev %1: pull from 0")
                           .arg(minSince()));

    // One more than asked tells whether there is more.
    QList<StoredRecord> records = m_db.page(collection, since, int(limit) + 1);
    const bool hasMore = records.size() > limit;
    if (hasMore)
        records.removeLast();
    const Viewer viewer = user.viewer();
    const bool isRegion = collection == "regions";

    QByteArray body = "{\"collection\":\"" + collection + "\",\"items\":[";
    for (qsizetype i = 0; i < records.size(); ++i) {
        const StoredRecord &r = records.at(i);
        if (i > 0)
            body += ',';
        if (r.deleted || !viewer.maySee(r.classification, r.regionCode, isRegion))
            body += tombstone(r);
        else
            body += servedJson(collection, r.json, viewer);
    }
    const qint64 nextSince = records.isEmpty() ? since : records.last().rev;
    body += "],\"next_since\":" + QByteArray::number(nextSince) +
            ",\"has_more\":" + (hasMore ? "true" : "false") + ",\"server_time\":\"" +
            rfc3339Now().toLatin1() + "\"}";
    if (collection == m_faults.malformedCollection)
        body.truncate(body.size() / 2);
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
}

} // namespace yiping::server
