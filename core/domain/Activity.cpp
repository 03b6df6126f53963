#include "domain/Activity.h"

#include <QJsonArray>

namespace yiping::domain {

using L = QLatin1StringView;

Event Event::fromJson(const QJsonObject &o)
{
    Event e;
    e.readCommon(o);
    e.source = json::enumValue<EventSource>(o, L("source"));
    e.category = json::str(o, L("category"));
    e.severity = o.value(L("severity")).toInt();
    e.occurredAt = json::time(o, L("occurred_at"));
    e.reportedAt = json::time(o, L("reported_at"));
    e.location = json::lonLat(o, L("location"));
    e.regionId = json::str(o, L("region_id"));
    e.status = json::enumValue<EventStatus>(o, L("status"));
    e.resolvedAt = json::time(o, L("resolved_at"));
    e.summary = json::str(o, L("summary"));
    e.personIds = json::strings(o, L("person_ids"));
    e.siteId = json::str(o, L("site_id"));
    return e;
}

Case Case::fromJson(const QJsonObject &o)
{
    Case c;
    c.readCommon(o);
    c.caseNo = json::str(o, L("case_no"));
    c.title = json::str(o, L("title"));
    c.kind = json::enumValue<CaseKind>(o, L("kind"));
    c.cause = json::str(o, L("cause"));
    c.regionId = json::str(o, L("region_id"));
    c.stage = json::enumValue<Stage>(o, L("stage"));
    c.agency = json::enumValue<Agency>(o, L("agency"));
    c.openedAt = json::time(o, L("opened_at"));
    c.closedAt = json::time(o, L("closed_at"));
    c.dueAt = json::time(o, L("due_at"));
    c.personIds = json::strings(o, L("person_ids"));
    const QJsonArray stages = o.value(L("stages")).toArray();
    c.stages.reserve(stages.size());
    for (const QJsonValue &v : stages) {
        const QJsonObject s = v.toObject();
        c.stages.append({json::enumValue<Stage>(s, L("stage")),
                         json::enumValue<Agency>(s, L("agency")), json::time(s, L("entered_at")),
                         json::time(s, L("left_at")), json::str(s, L("outcome"))});
    }
    return c;
}

Dispute Dispute::fromJson(const QJsonObject &o)
{
    Dispute d;
    d.readCommon(o);
    d.kind = json::enumValue<DisputeKind>(o, L("kind"));
    d.regionId = json::str(o, L("region_id"));
    d.location = json::lonLat(o, L("location"));
    d.receivedAt = json::time(o, L("received_at"));
    d.channel = json::enumValue<DisputeChannel>(o, L("channel"));
    d.status = json::enumValue<DisputeStatus>(o, L("status"));
    d.mediatorOrg = json::str(o, L("mediator_org"));
    d.closedAt = json::time(o, L("closed_at"));
    d.parties = o.value(L("parties")).toInt();
    d.amount = o.value(L("amount")).toDouble();
    d.personIds = json::strings(o, L("person_ids"));
    return d;
}

Service Service::fromJson(const QJsonObject &o)
{
    Service s;
    s.readCommon(o);
    s.channel = json::enumValue<ServiceChannel>(o, L("channel"));
    s.kind = json::str(o, L("kind"));
    s.regionId = json::str(o, L("region_id"));
    s.receivedAt = json::time(o, L("received_at"));
    s.closedAt = json::time(o, L("closed_at"));
    const QJsonValue sat = o.value(L("satisfaction"));
    if (sat.isDouble())
        s.satisfaction = sat.toInt();
    return s;
}

Track Track::fromJson(const QJsonObject &o)
{
    Track t;
    t.readCommon(o);
    t.personId = json::str(o, L("person_id"));
    t.at = json::time(o, L("at"));
    t.location = json::lonLat(o, L("location"));
    t.source = json::enumValue<TrackSource>(o, L("source"));
    t.place = json::str(o, L("place"));
    return t;
}

} // namespace yiping::domain
