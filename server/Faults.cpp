#include "Faults.h"

#include <QStringList>

namespace yiping::server {

namespace {

bool toCount(QStringView text, qint64 *out)
{
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok && *out >= 0;
}

} // namespace

bool Faults::parse(const QString &spec, Faults *out, QString *error)
{
    Faults f;
    for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        const QStringList parts = value.split(QLatin1Char(':'));
        qint64 a = 0;
        qint64 b = 1;
        bool ok = eq > 0 && !value.isEmpty();
        if (key == QLatin1String("drop-after")) {
            ok = ok && toCount(parts.at(0), &a) && a > 0 && parts.size() <= 2 &&
                 (parts.size() == 1 || toCount(parts.at(1), &b));
            f.dropAfterBytes = a;
            f.dropCount = int(b);
        } else if (key == QLatin1String("status")) {
            ok = ok && parts.size() == 2 && toCount(parts.at(0), &a) && toCount(parts.at(1), &b) &&
                 (a == 429 || a == 503);
            (a == 429 ? f.status429 : f.status503) = int(b);
        } else if (key == QLatin1String("malformed")) {
            f.malformedCollection = value.toUtf8();
        } else if (key == QLatin1String("slow")) {
            ok = ok && toCount(value, &a);
            f.slowMs = int(a);
        } else if (key == QLatin1String("expire-token-after")) {
            ok = ok && toCount(value, &a) && a > 0;
            f.expireTokenAfter = int(a);
        } else if (key == QLatin1String("gone-below")) {
            ok = ok && toCount(value, &a);
            f.goneBelow = a;
        } else if (key == QLatin1String("drop-put-response")) {
            ok = ok && toCount(value, &a) && a > 0;
            f.dropPutResponses = int(a);
        } else {
            ok = false;
        }
        if (!ok) {
            *error = QStringLiteral("bad --faults item '%1' (see --help)").arg(item);
            return false;
        }
    }
    *out = f;
    return true;
}

int Faults::takeStatus()
{
    if (status503 > 0) {
        --status503;
        return 503;
    }
    if (status429 > 0) {
        --status429;
        return 429;
    }
    return 0;
}

} // namespace yiping::server
