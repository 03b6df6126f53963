#pragma once

#include <QHttpServerResponse>
#include <QString>

namespace yiping::server {

// An application/problem+json answer (RFC 9457), as the contract requires for errors.
QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString &title,
                            const QString &detail = {});

} // namespace yiping::server
