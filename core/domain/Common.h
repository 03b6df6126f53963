#pragma once

#include "domain/Enums.h"

#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace yiping::domain {

// A reference to another record ({"type","id"} in the contract).
struct Ref
{
    EnumValue<RefType> type;
    QString id;
    static Ref fromJson(const QJsonObject &o);
};

// The fields every record carries.
struct Common
{
    QString id;
    qint64 rev = 0;
    std::optional<qint64> updatedAt; // epoch seconds
    EnumValue<Classification> classification;
    void readCommon(const QJsonObject &o);
};

// One stage of a case's history.
struct StageEntry
{
    EnumValue<Stage> stage;
    EnumValue<Agency> agency;
    std::optional<qint64> enteredAt;
    std::optional<qint64> leftAt;
    QString outcome;
};

struct Contact
{
    QString name;
    QString phone;
};

// Field readers shared by the records' fromJson.
namespace json {
QString str(const QJsonObject &o, QLatin1StringView key);
std::optional<qint64> time(const QJsonObject &o, QLatin1StringView key);
std::optional<QPointF> lonLat(const QJsonObject &o, QLatin1StringView key);
QStringList strings(const QJsonObject &o, QLatin1StringView key);
Contact contact(const QJsonObject &o, QLatin1StringView key);
template<typename E> EnumValue<E> enumValue(const QJsonObject &o, QLatin1StringView key)
{
    return EnumValue<E>::parse(o.value(key).isString() ? o.value(key).toString()
                                                       : o.value(key).toVariant().toString());
}
} // namespace json

} // namespace yiping::domain
