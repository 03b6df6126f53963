#pragma once

#include <QByteArray>
#include <QList>

namespace yiping::server {

// The collections of the contract, in the order the dataset lists them.
inline const QList<QByteArray> &collectionNames()
{
    static const QList<QByteArray> names{
        QByteArrayLiteral("regions"),     QByteArrayLiteral("persons"),
        QByteArrayLiteral("sites"),       QByteArrayLiteral("orgs"),
        QByteArrayLiteral("events"),      QByteArrayLiteral("cases"),
        QByteArrayLiteral("disputes"),    QByteArrayLiteral("services"),
        QByteArrayLiteral("tracks"),      QByteArrayLiteral("relations"),
        QByteArrayLiteral("surveys"),     QByteArrayLiteral("alerts"),
        QByteArrayLiteral("assessments"), QByteArrayLiteral("annotations")};
    return names;
}

inline bool isCollection(const QByteArray &name)
{
    return collectionNames().contains(name);
}

// The collection a Ref's `type` points into ("person" → "persons").
inline QByteArray collectionOfRefType(const QByteArray &type)
{
    return type.isEmpty() ? QByteArray() : type + 's';
}

} // namespace yiping::server
