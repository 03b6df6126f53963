#include "store/SurveyPeriod.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace yiping::store {

std::optional<TimeWindow> surveyPeriod(const QString &period)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(?:([QH])([1-4])|(\\d{2})))?$"));
    const QRegularExpressionMatch m = pattern.match(period);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    int firstMonth = 1, months = 12;
    if (m.hasCaptured(2)) {
        const bool quarter = m.captured(2) == QLatin1String("Q");
        const int n = m.captured(3).toInt();
        months = quarter ? 3 : 6;
        if (!quarter && n > 2)
            return std::nullopt;
        firstMonth = 1 + (n - 1) * months;
    } else if (m.hasCaptured(4)) {
        firstMonth = m.captured(4).toInt();
        months = 1;
        if (firstMonth < 1 || firstMonth > 12)
            return std::nullopt;
    }
    const QTimeZone cst = QTimeZone::fromSecondsAheadOfUtc(8 * 3600);
    const QDate start(year, firstMonth, 1);
    const QDateTime from(start, QTime(0, 0), cst);
    const QDateTime to(start.addMonths(months), QTime(0, 0), cst);
    return TimeWindow{from.toSecsSinceEpoch(), to.toSecsSinceEpoch()};
}

} // namespace yiping::store
