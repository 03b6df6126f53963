#include "Problem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yiping::server {

QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString &title,
                            const QString &detail)
{
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), int(status)}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return QHttpServerResponse(QByteArrayLiteral("application/problem+json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

} // namespace yiping::server
