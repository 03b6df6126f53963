#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace yiping::gen {

// Times are seconds since the Unix epoch (UTC) and are written in the city's local time,
// UTC+08:00 (China has no daylight saving time). Hand-rolled because formatting two
// million timestamps through QDateTime costs seconds.
constexpr qint64 kLocalOffset = 8 * 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;

void appendRfc3339(QByteArray &out, qint64 utc); // 2026-11-27T08:00:00+08:00
void appendDate(QByteArray &out, qint64 utc);    // 2026-11-27 (local date)

qint64 localDayStart(qint64 utc); // UTC instant of the local midnight before `utc`
int localWeekday(qint64 utc);     // 1 Monday … 7 Sunday
int localYear(qint64 utc);
int localMonth(qint64 utc);                         // 1 … 12
qint64 fromLocalDate(int year, int month, int day); // local midnight as UTC seconds

// Calendar quarter names ("2026-Q3") of the `count` quarters completed before `utc`,
// oldest first, with the local start instant of each.
struct Quarter
{
    QByteArray name;
    qint64 start = 0;
    qint64 end = 0;
};
QList<Quarter> completedQuarters(qint64 utc, int count);

} // namespace yiping::gen
