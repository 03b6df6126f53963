#include "domain/Levels.h"

namespace yiping::domain {

int Levels::of(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Red:
        return 4;
    case AlertLevel::Orange:
        return 3;
    case AlertLevel::Yellow:
        return 2;
    case AlertLevel::Blue:
        return 1;
    case AlertLevel::Unknown:
        break;
    }
    return 0;
}

QString Levels::numeral(int level)
{
    static const QString numerals[] = {QStringLiteral("Ⅳ"), QStringLiteral("Ⅲ"),
                                       QStringLiteral("Ⅱ"), QStringLiteral("Ⅰ")};
    return isKnown(level) ? numerals[level - 1] : QString();
}

QString Levels::name(int level)
{
    switch (level) {
    case 4:
        return tr("Ⅰ · Critical");
    case 3:
        return tr("Ⅱ · High");
    case 2:
        return tr("Ⅲ · Medium");
    case 1:
        return tr("Ⅳ · Low");
    }
    return QString::number(level); // out of the contract's range: shown as read
}

QColor Levels::colour(int level)
{
    // The national warning colours; blue is a light azure that reads on the dark map.
    switch (level) {
    case 4:
        return QColor(0xE5, 0x39, 0x35);
    case 3:
        return QColor(0xFB, 0x8C, 0x00);
    case 2:
        return QColor(0xFD, 0xD8, 0x35);
    case 1:
        return QColor(0x00, 0x8C, 0xFF);
    }
    return {};
}

} // namespace yiping::domain
