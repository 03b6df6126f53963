#pragma once

#include <QHttpServerResponse>
#include <QString>

namespace yiping::server {

// An application/problem+json answer (RFC 9457), as the contract requires for errors.
QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString &title,
                            const QString &detail = {});

// 429 or 503 with the Retry-After header (seconds) the contract asks for.
QHttpServerResponse retryLater(QHttpServerResponse::StatusCode status, int seconds);

// 401 with the WWW-Authenticate challenge of a bearer token.
QHttpServerResponse unauthorized(const QString &detail);

} // namespace yiping::server
