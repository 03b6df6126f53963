#include "security/Masking.h"

namespace yiping::security {

namespace {

// Keeps `head` leading and `tail` trailing characters and stars the rest. Values too short
// to keep anything meaningful hidden are starred entirely.
QString keepEnds(const QString &value, int head, int tail)
{
    if (value.isEmpty())
        return value;
    if (value.size() <= head + tail)
        return QString(value.size(), QLatin1Char('*'));
    return value.left(head) + QString(value.size() - head - tail, QLatin1Char('*')) +
           value.right(tail);
}

} // namespace

QString maskIdNumber(const QString &idNumber)
{
    return keepEnds(idNumber, 6, 4);
}

QString maskPhone(const QString &phone)
{
    return keepEnds(phone, 3, 4);
}

} // namespace yiping::security
