#include "Clock.h"

#include "domain/Time.h"

#include <QList>

namespace yiping::gen {

namespace {

struct Civil
{
    int year, month, day;
};

// Howard Hinnant's civil-from-days (proleptic Gregorian), the inverse of
// domain::daysFromCivil.
Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe) + int(era * 400) + (m <= 2), m, d};
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

void append2(QByteArray &out, int v)
{
    out += char('0' + v / 10);
    out += char('0' + v % 10);
}

void appendCivil(QByteArray &out, const Civil &c)
{
    append2(out, c.year / 100);
    append2(out, c.year % 100);
    out += '-';
    append2(out, c.month);
    out += '-';
    append2(out, c.day);
}

} // namespace

void appendRfc3339(QByteArray &out, qint64 utc)
{
    const qint64 local = utc + kLocalOffset;
    const qint64 days = floorDiv(local, kDay);
    const int secs = int(local - days * kDay);
    appendCivil(out, civilFromDays(days));
    out += 'T';
    append2(out, secs / 3600);
    out += ':';
    append2(out, secs / 60 % 60);
    out += ':';
    append2(out, secs % 60);
    out += "+08:00";
}

void appendDate(QByteArray &out, qint64 utc)
{
    appendCivil(out, civilFromDays(floorDiv(utc + kLocalOffset, kDay)));
}

qint64 localDayStart(qint64 utc)
{
    return floorDiv(utc + kLocalOffset, kDay) * kDay - kLocalOffset;
}

int localWeekday(qint64 utc)
{
    const qint64 days = floorDiv(utc + kLocalOffset, kDay); // 1970-01-01 was a Thursday
    return int(((days + 3) % 7 + 7) % 7) + 1;
}

int localYear(qint64 utc)
{
    return civilFromDays(floorDiv(utc + kLocalOffset, kDay)).year;
}

int localMonth(qint64 utc)
{
    return civilFromDays(floorDiv(utc + kLocalOffset, kDay)).month;
}

qint64 fromLocalDate(int year, int month, int day)
{
    return domain::daysFromCivil(year, unsigned(month), unsigned(day)) * kDay - kLocalOffset;
}

QList<Quarter> completedQuarters(qint64 utc, int count)
{
    int year = localYear(utc);
    int q = (localMonth(utc) - 1) / 3; // the current, incomplete quarter (0-based)
    QList<Quarter> out;
    for (int i = 0; i < count; ++i) {
        if (--q < 0) {
            q = 3;
            --year;
        }
        Quarter quarter;
        quarter.name = QByteArray::number(year) + "-Q" + QByteArray::number(q + 1);
        quarter.start = fromLocalDate(year, q * 3 + 1, 1);
        quarter.end = q == 3 ? fromLocalDate(year + 1, 1, 1) : fromLocalDate(year, q * 3 + 4, 1);
        out.prepend(quarter);
    }
    return out;
}

} // namespace yiping::gen
