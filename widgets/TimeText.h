#pragma once

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QString>

// How the time window's widgets write times, so that the bar, its histogram and its
// dialog read the same.
namespace yiping::widgets::timetext {

inline QString dateTime(qint64 epochSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds),
                              QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Counters and dates must not jitter as digits change.
inline QFont tabular(QFont font)
{
    font.setFeature(QFont::Tag("tnum"), 1);
    return font;
}

} // namespace yiping::widgets::timetext
