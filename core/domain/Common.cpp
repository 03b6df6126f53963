#include "domain/Common.h"

#include "domain/Time.h"

#include <QJsonArray>

namespace yiping::domain {

namespace json {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

std::optional<qint64> time(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? parseRfc3339(v.toString()) : std::nullopt;
}

std::optional<QPointF> lonLat(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonArray a = o.value(key).toArray();
    if (a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
        return std::nullopt;
    return QPointF(a[0].toDouble(), a[1].toDouble());
}

QStringList strings(const QJsonObject &o, QLatin1StringView key)
{
    QStringList out;
    const QJsonArray a = o.value(key).toArray();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

Contact contact(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonObject c = o.value(key).toObject();
    return {c.value(QLatin1StringView("name")).toString(),
            c.value(QLatin1StringView("phone")).toString()};
}

} // namespace json

Ref Ref::fromJson(const QJsonObject &o)
{
    return {json::enumValue<RefType>(o, QLatin1StringView("type")),
            json::str(o, QLatin1StringView("id"))};
}

void Common::readCommon(const QJsonObject &o)
{
    id = json::str(o, QLatin1StringView("id"));
    rev = o.value(QLatin1StringView("rev")).toInteger();
    updatedAt = json::time(o, QLatin1StringView("updated_at"));
    classification = json::enumValue<Classification>(o, QLatin1StringView("classification"));
}

} // namespace yiping::domain
