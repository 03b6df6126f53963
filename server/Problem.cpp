#include "Problem.h"

#include <QHttpHeaders>
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

QHttpServerResponse retryLater(QHttpServerResponse::StatusCode status, int seconds)
{
    QHttpServerResponse response =
        problem(status,
                status == QHttpServerResponse::StatusCode::TooManyRequests
                    ? QStringLiteral("Too Many Requests")
                    : QStringLiteral("Service Unavailable"),
                QStringLiteral("Retry after %1 s").arg(seconds));
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(seconds));
    response.setHeaders(std::move(headers));
    return response;
}

QHttpServerResponse unauthorized(const QString &detail)
{
    QHttpServerResponse response = problem(QHttpServerResponse::StatusCode::Unauthorized,
                                           QStringLiteral("Unauthorized"), detail);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Bearer");
    response.setHeaders(std::move(headers));
    return response;
}

} // namespace yiping::server
