#include "domain/Links.h"

#include "domain/Time.h"

namespace yiping::domain {

using L = QLatin1StringView;

Relation Relation::fromJson(const QJsonObject &o)
{
    Relation r;
    r.readCommon(o);
    r.from = Ref::fromJson(o.value(L("from")).toObject());
    r.to = Ref::fromJson(o.value(L("to")).toObject());
    r.kind = json::enumValue<RelationKind>(o, L("kind"));
    r.weight = o.value(L("weight")).toDouble();
    r.firstSeen = json::time(o, L("first_seen"));
    r.lastSeen = json::time(o, L("last_seen"));
    return r;
}

Survey Survey::fromJson(const QJsonObject &o)
{
    Survey s;
    s.readCommon(o);
    s.regionId = json::str(o, L("region_id"));
    s.period = json::str(o, L("period"));
    s.score = o.value(L("score")).toDouble();
    s.respondents = o.value(L("respondents")).toInteger();
    return s;
}

Alert Alert::fromJson(const QJsonObject &o)
{
    Alert a;
    a.readCommon(o);
    a.rule = json::str(o, L("rule"));
    a.level = json::enumValue<AlertLevel>(o, L("level"));
    if (o.value(L("subject")).isObject())
        a.subject = Ref::fromJson(o.value(L("subject")).toObject());
    a.regionId = json::str(o, L("region_id"));
    a.raisedAt = json::time(o, L("raised_at"));
    a.status = json::enumValue<AlertStatus>(o, L("status"));
    a.message = json::str(o, L("message"));
    return a;
}

Assessment Assessment::fromJson(const QJsonObject &o)
{
    Assessment a;
    a.readCommon(o);
    a.unit = Ref::fromJson(o.value(L("unit")).toObject());
    a.unitName = json::str(o, L("unit_name"));
    a.period = json::str(o, L("period"));
    const QJsonObject indicators = o.value(L("indicators")).toObject();
    for (auto it = indicators.begin(); it != indicators.end(); ++it)
        a.indicators.insert(it.key(), it.value().toDouble());
    a.total = o.value(L("total")).toDouble();
    a.rank = o.value(L("rank")).toInt();
    return a;
}

Annotation Annotation::fromJson(const QJsonObject &o)
{
    Annotation a;
    a.readCommon(o);
    a.target = Ref::fromJson(o.value(L("target")).toObject());
    a.kind = json::enumValue<AnnotationKind>(o, L("kind"));
    a.author = json::str(o, L("author"));
    a.createdAt = json::time(o, L("created_at"));
    a.text = json::str(o, L("text"));
    return a;
}

QJsonObject Annotation::toJson() const
{
    QJsonObject o{{L("id"), id},
                  {L("rev"), rev},
                  {L("target"), QJsonObject{{L("type"), target.type.raw}, {L("id"), target.id}}},
                  {L("kind"), kind.raw},
                  {L("author"), author},
                  {L("text"), text}};
    if (updatedAt)
        o.insert(L("updated_at"), formatRfc3339(*updatedAt));
    if (createdAt)
        o.insert(L("created_at"), formatRfc3339(*createdAt));
    if (!classification.raw.isEmpty())
        o.insert(L("classification"), classification.raw);
    return o;
}

} // namespace yiping::domain
