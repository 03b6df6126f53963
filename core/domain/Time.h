#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace yiping::domain {

// RFC 3339 date-times ("2026-11-27T08:30:00+08:00", fraction and "Z" allowed) to epoch
// seconds. Hand-written because it runs for every time field of every record in bulk
// imports, where QDateTime::fromString costs more than the rest of the row.
std::optional<qint64> parseRfc3339(QByteArrayView text);
std::optional<qint64> parseRfc3339(const QString &text);

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil);
// month 1-12, day 1-31.
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day);

// Epoch seconds as RFC 3339 in UTC ("2026-11-27T00:30:00Z").
QString formatRfc3339(qint64 epochSeconds);

} // namespace yiping::domain
