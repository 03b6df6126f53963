#pragma once

#include "domain/Enums.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace yiping::domain {

// The national four levels, Ⅰ (highest) to Ⅳ: a person's or site's risk level and an
// alert's level are both one of them, so that the map's legend, the profile, the alert
// list, the toast and the server's texts name and colour a level the same way. A level is
// the contract's risk number: 4 is Ⅰ (critical, red) … 1 is Ⅳ (low, blue); an alert's
// red is 4 … blue 1. Anything else is no level (0: not assessed, or a value the client
// does not know).
class Levels
{
    Q_DECLARE_TR_FUNCTIONS(Levels)

public:
    static constexpr int kHighest = 4;
    static bool isKnown(int level) { return level >= 1 && level <= kHighest; }
    // Red 4, orange 3, yellow 2, blue 1; 0 for a level the client does not know.
    static int of(AlertLevel level);
    static int of(const EnumValue<AlertLevel> &level) { return of(level.value); }

    // "Ⅰ" for 4 … "Ⅳ" for 1; empty for no level.
    static QString numeral(int level);
    // "Ⅰ · Critical" for 4 … "Ⅳ · Low" for 1, translated; a number out of range as read.
    static QString name(int level);
    // Red, orange, yellow, blue; invalid for no level (the caller's neutral colour).
    static QColor colour(int level);
};

} // namespace yiping::domain
