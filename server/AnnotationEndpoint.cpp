#include "AnnotationEndpoint.h"

#include "Auth.h"
#include "Collections.h"
#include "Problem.h"
#include "ServerDatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace yiping::server {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse unprocessable(const QString &detail)
{
    return problem(Status::UnprocessableEntity, QStringLiteral("Unprocessable Content"), detail);
}

// The fields a client writes; the rest (rev, updated_at) are the server's.
const QLatin1String contentKeys[] = {QLatin1String("id"),
                                     QLatin1String("target"),
                                     QLatin1String("kind"),
                                     QLatin1String("author"),
                                     QLatin1String("created_at"),
                                     QLatin1String("text"),
                                     QLatin1String("classification")};

QJsonObject contentOf(const QJsonObject &o)
{
    QJsonObject content;
    for (QLatin1String key : contentKeys)
        if (o.contains(key))
            content.insert(key, o.value(key));
    return content;
}

} // namespace

AnnotationEndpoint::AnnotationEndpoint(ServerDatabase &db)
    : m_db(db)
{}

QHttpServerResponse AnnotationEndpoint::put(const User &user, const QByteArray &id,
                                            const QByteArray &body, QList<QByteArray> *changed)
{
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    const QJsonObject target = in.value(QLatin1String("target")).toObject();
    const QString kind = in.value(QLatin1String("kind")).toString();
    const QJsonValue baseRev = in.value(QLatin1String("base_rev"));
    if (in.isEmpty() || !baseRev.isDouble() || baseRev.toInteger(-1) < 0)
        return unprocessable(QStringLiteral("The body must be an annotation with base_rev"));
    if (in.contains(QLatin1String("id")) && in.value(QLatin1String("id")).toString().toUtf8() != id)
        return unprocessable(QStringLiteral("The body's id differs from the path's"));
    if (kind != QLatin1String("note") && kind != QLatin1String("ack") &&
        kind != QLatin1String("flag"))
        return unprocessable(QStringLiteral("kind must be note, ack or flag"));
    if (in.value(QLatin1String("author")).toString().isEmpty() ||
        !QDateTime::fromString(in.value(QLatin1String("created_at")).toString(), Qt::ISODate)
             .isValid())
        return unprocessable(QStringLiteral("author and created_at (RFC 3339) are required"));

    const QByteArray targetCollection =
        collectionOfRefType(target.value(QLatin1String("type")).toString().toUtf8());
    StoredRecord targetRecord;
    if (!isCollection(targetCollection) ||
        !m_db.find(targetCollection, target.value(QLatin1String("id")).toString().toUtf8(),
                   &targetRecord))
        return unprocessable(QStringLiteral("The target names no known record"));
    const Viewer viewer = user.viewer();
    if (!viewer.maySee(targetRecord.classification, targetRecord.regionCode,
                       targetCollection == "regions"))
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("The target is above your clearance or outside your"
                                      " region scope"));

    Clearance classification = Clearance(targetRecord.classification);
    if (in.contains(QLatin1String("classification")) &&
        (!parseClearance(in.value(QLatin1String("classification")).toString(), &classification) ||
         classification > user.clearance))
        return unprocessable(QStringLiteral("classification must be one at or below yours"));

    QJsonObject content = contentOf(in);
    content.insert(QLatin1String("id"), QString::fromUtf8(id));
    content.insert(QLatin1String("classification"), clearanceName(classification));

    StoredRecord stored;
    if (m_db.find("annotations", id, &stored) && !stored.deleted) {
        if (contentOf(QJsonDocument::fromJson(stored.json).object()) == content)
            return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                       servedJson("annotations", stored.json, viewer));
        if (baseRev.toInteger() != stored.rev) {
            QJsonObject conflict{
                {QStringLiteral("type"), QStringLiteral("about:blank")},
                {QStringLiteral("title"), QStringLiteral("Conflict")},
                {QStringLiteral("status"), 409},
                {QStringLiteral("detail"),
                 QStringLiteral("base_rev %1 is stale: the stored rev is %2")
                     .arg(baseRev.toInteger())
                     .arg(stored.rev)},
                {QStringLiteral("current"), servedObject("annotations", stored.json, viewer)}};
            return QHttpServerResponse(QByteArrayLiteral("application/problem+json"),
                                       QJsonDocument(conflict).toJson(QJsonDocument::Compact),
                                       Status::Conflict);
        }
    }
    m_db.write("annotations", content, int(classification), targetRecord.regionCode);
    changed->append("annotations");
    if (kind == QLatin1String("ack") && targetCollection == "alerts" && !targetRecord.deleted)
        acknowledge(targetRecord, changed);
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(content).toJson(QJsonDocument::Compact));
}

void AnnotationEndpoint::acknowledge(const StoredRecord &alert, QList<QByteArray> *changed)
{
    QJsonObject record = QJsonDocument::fromJson(alert.json).object();
    // A closed alert stays closed, and a second acknowledgement changes nothing.
    if (record.value(QLatin1String("status")).toString() != QLatin1String("open"))
        return;
    record.insert(QLatin1String("status"), QStringLiteral("acknowledged"));
    m_db.write("alerts", record, alert.classification, alert.regionCode);
    changed->append("alerts");
}

} // namespace yiping::server
