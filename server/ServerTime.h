#pragma once

#include <QDateTime>
#include <QString>

namespace yiping::server {

// The contract's times: RFC 3339 with the city's offset (+08:00).
inline QString rfc3339(const QDateTime &t)
{
    return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
}

inline QString rfc3339Now()
{
    return rfc3339(QDateTime::currentDateTimeUtc());
}

} // namespace yiping::server
