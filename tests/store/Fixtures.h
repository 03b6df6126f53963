#pragma once

#include "domain/Collection.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Small hand-made records of every collection, valid against the contract.
namespace fixtures {

using yiping::domain::Collection;
using L = QLatin1StringView;

inline QJsonArray lonLat(double lon, double lat)
{
    return QJsonArray{lon, lat};
}

inline QJsonObject square(double lon, double lat, double size)
{
    const QJsonArray ring{lonLat(lon, lat), lonLat(lon + size, lat), lonLat(lon + size, lat + size),
                          lonLat(lon, lat + size), lonLat(lon, lat)};
    return QJsonObject{{L("type"), L("Polygon")}, {L("coordinates"), QJsonArray{ring}}};
}

inline QJsonObject ref(const char *type, const char *id)
{
    return QJsonObject{{L("type"), L(type)}, {L("id"), L(id)}};
}

// The fields the contract requires of each collection, with plausible values.
inline QJsonObject required(Collection c)
{
    switch (c) {
    case Collection::Regions:
        return {{L("code"), L("350302001001")},
                {L("name"), QStringLiteral("凤山网格")},
                {L("level"), 4},
                {L("geometry"), square(119.0, 25.4, 0.01)}};
    case Collection::Persons:
        return {{L("name"), QStringLiteral("张伟")},
                {L("category"), L("petitioner")},
                {L("risk_level"), 2},
                {L("status"), L("managed")}};
    case Collection::Sites:
        return {{L("name"), QStringLiteral("莆田学院")},
                {L("kind"), L("school")},
                {L("risk_level"), 1},
                {L("location"), lonLat(119.01, 25.44)}};
    case Collection::Orgs:
        return {{L("name"), QStringLiteral("莆田鞋业有限公司")}};
    case Collection::Events:
        return {{L("source"), L("police")},
                {L("category"), L("theft")},
                {L("severity"), 2},
                {L("occurred_at"), L("2026-11-27T08:30:00+08:00")},
                {L("status"), L("new")}};
    case Collection::Cases:
        return {{L("case_no"), QStringLiteral("(2026)闽0302刑初123号")},
                {L("kind"), L("criminal")},
                {L("stage"), L("first_instance")},
                {L("agency"), L("court")},
                {L("opened_at"), L("2026-03-01T09:00:00+08:00")},
                {L("stages"),
                 QJsonArray{QJsonObject{{L("stage"), L("filing")},
                                        {L("agency"), L("police")},
                                        {L("entered_at"), L("2026-03-01T09:00:00+08:00")},
                                        {L("left_at"), L("2026-04-01T09:00:00+08:00")}},
                            QJsonObject{{L("stage"), L("first_instance")},
                                        {L("agency"), L("court")},
                                        {L("entered_at"), L("2026-04-01T09:00:00+08:00")}}}}};
    case Collection::Disputes:
        return {{L("kind"), L("neighbor")},
                {L("received_at"), L("2026-05-01T10:00:00+08:00")},
                {L("channel"), L("walk_in")},
                {L("status"), L("mediating")}};
    case Collection::Services:
        return {{L("channel"), L("12348")},
                {L("kind"), L("consultation")},
                {L("received_at"), L("2026-05-02T10:00:00+08:00")}};
    case Collection::Tracks:
        return {{L("person_id"), L("p-1")},
                {L("at"), L("2026-05-03T10:00:00+08:00")},
                {L("location"), lonLat(119.005, 25.405)},
                {L("source"), L("hotel")}};
    case Collection::Relations:
        return {{L("from"), ref("person", "p-1")},
                {L("to"), ref("person", "p-2")},
                {L("kind"), L("kin")}};
    case Collection::Surveys:
        return {{L("region_id"), L("r-1")}, {L("period"), L("2026-Q3")}, {L("score"), 91.5}};
    case Collection::Alerts:
        return {{L("rule"), L("key_person_left_grid")},
                {L("level"), L("red")},
                {L("raised_at"), L("2026-05-04T10:00:00+08:00")},
                {L("status"), L("open")}};
    case Collection::Assessments:
        return {{L("unit"), ref("region", "r-1")}, {L("period"), L("2026")}, {L("total"), 88.0}};
    case Collection::Annotations:
        return {{L("target"), ref("person", "p-1")},
                {L("kind"), L("note")},
                {L("author"), L("analyst1")},
                {L("created_at"), L("2026-05-05T10:00:00+08:00")}};
    }
    return {};
}

inline QByteArray record(Collection c, const QString &id, qint64 rev,
                         const QJsonObject &fields = {})
{
    QJsonObject o = required(c);
    o.insert(L("id"), id);
    o.insert(L("rev"), rev);
    o.insert(L("updated_at"), L("2026-11-27T08:30:00+08:00"));
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray tombstone(const QString &id, qint64 rev)
{
    return QJsonDocument(QJsonObject{{L("id"), id}, {L("rev"), rev}, {L("deleted"), true}})
        .toJson(QJsonDocument::Compact);
}

inline std::unique_ptr<yiping::store::Store> openStore(const QString &path)
{
    yiping::store::Store::OpenResult r = yiping::store::Store::open(path);
    if (!r.store)
        qWarning("open failed: %s", qPrintable(r.error));
    return std::move(r.store);
}

} // namespace fixtures
