#include "store/ProfileBuilder.h"

#include "domain/Activity.h"
#include "domain/Places.h"
#include "store/MapData.h"
#include "store/Repository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace yiping::store::profile {

std::optional<QPointF> pointOf(const Statement &st, int lonCol)
{
    if (st.isNull(lonCol) || st.isNull(lonCol + 1))
        return std::nullopt;
    return QPointF(st.columnDouble(lonCol), st.columnDouble(lonCol + 1));
}

std::optional<Time> timeAt(const Statement &st, int col)
{
    if (st.isNull(col))
        return std::nullopt;
    return Time{st.columnInt(col)};
}

QList<Value> eventFacts(const Statement &st, int timeCol)
{
    QList<Value> facts;
    if (const auto t = timeAt(st, timeCol))
        facts.append(*t);
    facts.append(enumAt<domain::EventSource>(st, timeCol + 1));
    facts.append(enumAt<domain::EventStatus>(st, timeCol + 2));
    return facts;
}

void Builder::field(Profile &p, FieldId id, const QString &v)
{
    if (!v.isEmpty())
        p.fields.append(ProfileField{id, v});
}

void Builder::field(Profile &p, FieldId id, const std::optional<qint64> &t)
{
    if (t)
        p.fields.append(ProfileField{id, Time{*t}});
}

void Builder::field(Profile &p, FieldId id, const domain::Contact &c)
{
    if (!c.name.isEmpty() || !c.phone.isEmpty())
        p.fields.append(ProfileField{id, c});
}

std::optional<qint64> Builder::now()
{
    // "Now" of the data: the newest event. A live cache is within minutes of the clock; a
    // demo dataset ends where it was generated, and "the last 90 days" means its last 90.
    if (!m_now)
        m_now = m_map.latestEventTime();
    return *m_now;
}

ProfileLink Builder::link(RefType type, const QString &id)
{
    ProfileLink l{type, id, id, {}, std::nullopt, std::nullopt};
    const QByteArray utf8 = id.toUtf8();
    auto query = [&](const char *sql) {
        Statement st(m_db, sql);
        st.bind(1, utf8);
        return st;
    };
    switch (type) {
    case RefType::Person: {
        Statement st = query("SELECT name, category, risk_level, lon, lat FROM persons WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.facts = {enumAt<domain::PersonCategory>(st, 1), RiskLevel{int(st.columnInt(2))}};
            l.lonLat = pointOf(st, 3);
        }
        break;
    }
    case RefType::Site: {
        Statement st = query("SELECT name, kind, risk_level, lon, lat FROM sites WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.facts = {enumAt<domain::SiteKind>(st, 1), RiskLevel{int(st.columnInt(2))}};
            l.lonLat = pointOf(st, 3);
        }
        break;
    }
    case RefType::Org: {
        Statement st = query("SELECT name, kind, lon, lat FROM orgs WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.facts = {OrgKind{st.columnText(1)}};
            l.lonLat = pointOf(st, 2);
        }
        break;
    }
    case RefType::Event: {
        Statement st = query("SELECT json_extract(json,'$.summary'), occurred_at, source, status, "
                             "lon, lat FROM events WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.facts = eventFacts(st, 1);
            l.lonLat = pointOf(st, 4);
        }
        break;
    }
    case RefType::Case: {
        Statement st = query("SELECT case_no, title, stage, agency FROM cases WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(1).isEmpty() ? st.columnText(0) : st.columnText(1);
            l.facts = {st.columnText(0), enumAt<domain::Stage>(st, 2),
                       enumAt<domain::Agency>(st, 3)};
        }
        break;
    }
    case RefType::Dispute: {
        Statement st = query("SELECT kind, received_at, status, lon, lat FROM disputes WHERE id=?");
        if (st.step()) {
            l.title = DisputeTitle{enumAt<domain::DisputeKind>(st, 0)};
            if (const auto t = timeAt(st, 1))
                l.facts.append(*t);
            l.facts.append(enumAt<domain::DisputeStatus>(st, 2));
            l.lonLat = pointOf(st, 3);
        }
        break;
    }
    case RefType::Region: {
        Statement st = query("SELECT name, level, coalesce(c_lon, (min_lon+max_lon)/2), "
                             "coalesce(c_lat, (min_lat+max_lat)/2) FROM regions WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.facts = {RegionLevel{int(st.columnInt(1))}};
            l.lonLat = pointOf(st, 2);
        }
        break;
    }
    case RefType::Alert: {
        Statement st = query("SELECT json_extract(json,'$.message'), level, raised_at, status "
                             "FROM alerts WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            if (const auto t = timeAt(st, 2))
                l.facts.append(*t);
            l.facts.append(enumAt<domain::AlertLevel>(st, 1));
            l.facts.append(enumAt<domain::AlertStatus>(st, 3));
        }
        break;
    }
    case RefType::Unknown:
        break;
    }
    return l;
}

ProfileSection Builder::links(SectionId section, RefType type, const QStringList &ids)
{
    ProfileSection s{section, {}, int(ids.size())};
    for (const QString &id : ids.mid(0, kListCap))
        s.links.append(link(type, id));
    return s;
}

ProfileSection Builder::linkedRecords(SectionId section, const char *sql, const char *countSql,
                                      const QString &personId,
                                      const std::function<ProfileLink(const Statement &)> &row)
{
    ProfileSection s{section, {}, 0};
    const QByteArray utf8 = personId.toUtf8();
    Statement st(m_db, sql);
    st.bind(1, utf8).bind(2, kListCap);
    while (st.step())
        s.links.append(row(st));
    Statement count(m_db, countSql);
    count.bind(1, utf8);
    s.total = count.step() ? int(count.columnInt(0)) : 0;
    return s;
}

void Builder::regionSection(Profile &p, const QString &regionId)
{
    if (regionId.isEmpty())
        return;
    ProfileSection s{SectionId::Region, {}, 0};
    // The chain from the district down, so the reader sees where in the city this is. Up
    // the parent_id chain in SQL: loading every outline for a person's panel would cost
    // more than the rest of the profile.
    Statement st(m_db, "WITH RECURSIVE up(id, depth) AS (SELECT ?1, 0 UNION ALL SELECT "
                       "r.parent_id, u.depth+1 FROM regions r JOIN up u ON r.id=u.id WHERE "
                       "r.parent_id IS NOT NULL AND u.depth<8) SELECT r.id, r.name, r.level, "
                       "coalesce(r.c_lon, (r.min_lon+r.max_lon)/2), "
                       "coalesce(r.c_lat, (r.min_lat+r.max_lat)/2) FROM up JOIN regions r ON "
                       "r.id=up.id ORDER BY up.depth "
                       "DESC");
    const QByteArray utf8 = regionId.toUtf8();
    st.bind(1, utf8);
    while (st.step())
        if (st.columnInt(2) > 1)
            s.links.append(ProfileLink{RefType::Region,
                                       st.columnText(0),
                                       st.columnText(1),
                                       {RegionLevel{int(st.columnInt(2))}},
                                       std::nullopt,
                                       pointOf(st, 3)});
    if (s.links.isEmpty())
        s.links.append(link(RefType::Region, regionId));
    s.total = int(s.links.size());
    p.sections.append(s);
    if (!p.lonLat && !s.links.isEmpty())
        p.lonLat = s.links.last().lonLat;
}

void Builder::notes(Profile &p)
{
    // Stored notes, then the ones queued locally (typed here, not yet uploaded): a queued
    // edit of a stored note replaces it.
    QHash<QString, domain::Annotation> byId;
    const QString type = QString(domain::EnumValue<RefType>::name(p.type));
    auto keep = [&](const domain::Annotation &a) {
        if (a.target.id == p.id && a.target.type.raw == type)
            byId.insert(a.id, a);
    };
    for (const domain::Annotation &a :
         Repository<domain::Annotation>(m_db).where("target_id", p.id))
        keep(a);
    Statement st(m_db, "SELECT json FROM pending_annotation WHERE "
                       "json_extract(json,'$.target.id')=?");
    const QByteArray utf8 = p.id.toUtf8();
    st.bind(1, utf8);
    while (st.step())
        keep(domain::Annotation::fromJson(QJsonDocument::fromJson(st.columnBytes(0)).object()));
    p.notes = byId.values();
    std::sort(p.notes.begin(), p.notes.end(), [](const auto &a, const auto &b) {
        return a.createdAt.value_or(0) != b.createdAt.value_or(0)
                   ? a.createdAt.value_or(0) > b.createdAt.value_or(0)
                   : a.id > b.id;
    });
}

} // namespace yiping::store::profile
