#include "store/ProfileBuilder.h"

#include "domain/Activity.h"
#include "domain/Levels.h"
#include "domain/Places.h"
#include "store/MapData.h"
#include "store/Repository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>

namespace yiping::store::profile {

std::optional<Profile> Builder::person(const QString &id)
{
    const std::optional<domain::Person> person = Repository<domain::Person>(m_db).byId(id);
    if (!person)
        return std::nullopt;
    Profile p;
    p.type = RefType::Person;
    p.id = id;
    p.title = person->name;
    p.subtitle = person->category;
    p.risk = person->riskLevel;
    p.lonLat = person->location;

    field(p, FieldId::Name, person->name);
    field(p, FieldId::IdNumber, person->idNumber);
    field(p, FieldId::Phone, person->phone);
    field(p, FieldId::Gender, person->gender);
    field(p, FieldId::BirthDate, person->birthDate);
    field(p, FieldId::Category, person->category);
    field(p, FieldId::RiskLevel, RiskLevel{person->riskLevel});
    field(p, FieldId::Status, person->status);
    {
        // The cell's name and officer without parsing its outline.
        Statement st(m_db, "SELECT name, json_extract(json,'$.officer') FROM regions WHERE id=?");
        const QByteArray region = person->regionId.toUtf8();
        st.bind(1, region);
        if (st.step()) {
            field(p, FieldId::GridCell, st.columnText(0));
            const QJsonObject officer = QJsonDocument::fromJson(st.columnBytes(1)).object();
            field(p, FieldId::GridOfficer,
                  domain::json::contact(QJsonObject{{L("officer"), officer}}, L("officer")));
        } else {
            field(p, FieldId::GridCell, person->regionId);
        }
    }
    field(p, FieldId::Address, person->address);
    field(p, FieldId::ManagedSince, person->managedSince);
    if (!person->tags.isEmpty())
        field(p, FieldId::Tags, person->tags);

    // Risk history: the data carries no dated risk assessments of persons; the alerts raised
    // about the person are the dated risk signals there are (level blue 1 .. red 4).
    {
        Statement st(m_db, "SELECT raised_at, level, json_extract(json,'$.message') FROM alerts "
                           "WHERE subject_id=? AND subject_type='person' ORDER BY raised_at");
        const QByteArray utf8 = id.toUtf8();
        st.bind(1, utf8);
        while (st.step())
            p.riskHistory.append(RiskChange{st.columnInt(0),
                                            domain::Levels::of(enumAt<domain::AlertLevel>(st, 1)),
                                            st.columnText(2)});
    }

    {
        ProfileSection s{SectionId::LatestSightings, {}, 0};
        Statement st(m_db, "SELECT id, at, source, json_extract(json,'$.place'), lon, lat "
                           "FROM tracks WHERE person_id=? ORDER BY at DESC LIMIT ?");
        const QByteArray utf8 = id.toUtf8();
        st.bind(1, utf8).bind(2, kSightings);
        while (st.step()) {
            // A sighting has no profile of its own (RefType::Unknown): the panel flies to it.
            ProfileLink l{RefType::Unknown, st.columnText(0), st.columnText(3), {},
                          std::nullopt,     pointOf(st, 4)};
            if (const auto t = timeAt(st, 1))
                l.facts.append(*t);
            l.facts.append(enumAt<domain::TrackSource>(st, 2));
            s.links.append(l);
        }
        Statement count(m_db, "SELECT count(*) FROM tracks WHERE person_id=?");
        count.bind(1, utf8);
        s.total = count.step() ? int(count.columnInt(0)) : 0;
        p.sections.append(s);
    }

    p.sections.append(linkedRecords(
        SectionId::Events,
        "SELECT e.id, json_extract(e.json,'$.summary'), e.occurred_at, e.source, e.status, e.lon, "
        "e.lat FROM person_links l JOIN events e ON e.rid=l.rid WHERE l.person_id=?1 AND "
        "l.collection='events' ORDER BY e.occurred_at DESC LIMIT ?2",
        "SELECT count(*) FROM person_links WHERE person_id=? AND collection='events'", id,
        [](const Statement &st) {
            return ProfileLink{RefType::Event,    st.columnText(0), st.columnText(1),
                               eventFacts(st, 2), std::nullopt,     pointOf(st, 5)};
        }));
    p.sections.append(linkedRecords(
        SectionId::Cases,
        "SELECT c.id, c.case_no, c.title, c.stage, c.agency FROM person_links l JOIN cases c ON "
        "c.rid=l.rid WHERE l.person_id=?1 AND l.collection='cases' ORDER BY c.opened_at DESC "
        "LIMIT ?2",
        "SELECT count(*) FROM person_links WHERE person_id=? AND collection='cases'", id,
        [](const Statement &st) {
            return ProfileLink{
                RefType::Case,
                st.columnText(0),
                st.columnText(2).isEmpty() ? st.columnText(1) : st.columnText(2),
                {st.columnText(1), enumAt<domain::Stage>(st, 3), enumAt<domain::Agency>(st, 4)},
                std::nullopt,
                std::nullopt};
        }));
    p.sections.append(linkedRecords(
        SectionId::Disputes,
        "SELECT d.id, d.kind, d.received_at, d.status, d.lon, d.lat FROM person_links l JOIN "
        "disputes d ON d.rid=l.rid WHERE l.person_id=?1 AND l.collection='disputes' ORDER BY "
        "d.received_at DESC LIMIT ?2",
        "SELECT count(*) FROM person_links WHERE person_id=? AND collection='disputes'", id,
        [](const Statement &st) {
            ProfileLink l{RefType::Dispute,
                          st.columnText(0),
                          DisputeTitle{enumAt<domain::DisputeKind>(st, 1)},
                          {},
                          std::nullopt,
                          pointOf(st, 4)};
            if (const auto t = timeAt(st, 2))
                l.facts.append(*t);
            l.facts.append(enumAt<domain::DisputeStatus>(st, 3));
            return l;
        }));

    {
        // Relations both ways; the other end is what the panel links to.
        ProfileSection s{SectionId::Relations, {}, 0};
        QMap<QString, int> counts; // by the contract's kind
        Statement st(m_db, "SELECT kind, to_type, to_id, weight FROM relations WHERE from_id=?1 "
                           "UNION ALL SELECT kind, from_type, from_id, weight FROM relations "
                           "WHERE to_id=?1 ORDER BY 4 DESC");
        const QByteArray utf8 = id.toUtf8();
        st.bind(1, utf8);
        while (st.step()) {
            const auto kind = enumAt<domain::RelationKind>(st, 0);
            ++counts[kind.raw];
            ++s.total;
            if (s.links.size() < kListCap) {
                ProfileLink l = link(enumAt<RefType>(st, 1).value, st.columnText(2));
                l.relation = kind;
                s.links.append(l);
            }
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            p.relationCounts.append(
                {domain::EnumValue<domain::RelationKind>::parse(it.key()), it.value()});
        std::stable_sort(p.relationCounts.begin(), p.relationCounts.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        p.sections.append(s);
    }
    regionSection(p, person->regionId);
    notes(p);
    return p;
}

// ---- site --------------------------------------------------------------------------------

std::optional<Profile> Builder::site(const QString &id)
{
    const std::optional<domain::Site> site = Repository<domain::Site>(m_db).byId(id);
    if (!site)
        return std::nullopt;
    Profile p;
    p.type = RefType::Site;
    p.id = id;
    p.title = site->name;
    p.subtitle = site->kind;
    p.risk = site->riskLevel;
    p.lonLat = site->location;
    p.shape = site->footprint;
    field(p, FieldId::Kind, site->kind);
    field(p, FieldId::RiskLevel, RiskLevel{site->riskLevel});
    if (site->capacity > 0)
        field(p, FieldId::Capacity, Count{site->capacity});
    field(p, FieldId::Contact, site->contact);
    field(p, FieldId::Address, site->address);

    if (site->location && now()) {
        // Events within kNearbyMetres in the last 90 days: the R*Tree narrows to a box, the
        // exact distance decides (the box's corners are farther than the radius).
        const QPointF c = *site->location;
        const double dLat = kNearbyMetres / 111320.0;
        const double dLon = dLat / std::cos(c.y() * M_PI / 180.0);
        ProfileSection s{SectionId::EventsNearby, {}, 0};
        Statement st(m_db, "SELECT e.id, json_extract(e.json,'$.summary'), e.occurred_at, "
                           "e.source, e.status, e.lon, e.lat FROM events_geo g JOIN events e ON "
                           "e.rid=g.id WHERE g.min_lon>=?1 AND g.max_lon<=?2 AND g.min_lat>=?3 "
                           "AND g.max_lat<=?4 AND e.occurred_at>=?5 ORDER BY e.occurred_at DESC");
        st.bind(1, c.x() - dLon).bind(2, c.x() + dLon).bind(3, c.y() - dLat).bind(4, c.y() + dLat);
        st.bind(5, *now() - 90 * kDay);
        while (st.step()) {
            const double dx = (st.columnDouble(5) - c.x()) / dLon;
            const double dy = (st.columnDouble(6) - c.y()) / dLat;
            if (dx * dx + dy * dy > 1.0)
                continue;
            ++s.total;
            if (s.links.size() < kListCap)
                s.links.append(ProfileLink{RefType::Event, st.columnText(0), st.columnText(1),
                                           eventFacts(st, 2), std::nullopt, pointOf(st, 5)});
        }
        p.sections.append(s);
    }
    personsLinked(p, id);
    regionSection(p, site->regionId);
    notes(p);
    return p;
}

// Persons related to a site or an organisation (employed, located at…), by the relations
// in either direction.
void Builder::personsLinked(Profile &p, const QString &id)
{
    ProfileSection s{SectionId::PersonsLinked, {}, 0};
    Statement st(m_db, "SELECT from_id, kind FROM relations WHERE to_id=?1 AND "
                       "from_type='person' UNION ALL SELECT to_id, kind FROM relations WHERE "
                       "from_id=?1 AND to_type='person'");
    const QByteArray utf8 = id.toUtf8();
    st.bind(1, utf8);
    while (st.step()) {
        ++s.total;
        if (s.links.size() < kListCap) {
            ProfileLink l = link(RefType::Person, st.columnText(0));
            l.relation = enumAt<domain::RelationKind>(st, 1);
            s.links.append(l);
        }
    }
    p.sections.append(s);
}

// ---- organisation ------------------------------------------------------------------------

std::optional<Profile> Builder::org(const QString &id)
{
    const std::optional<domain::Org> org = Repository<domain::Org>(m_db).byId(id);
    if (!org)
        return std::nullopt;
    Profile p;
    p.type = RefType::Org;
    p.id = id;
    p.title = org->name;
    p.subtitle = OrgKind{org->kind};
    p.lonLat = org->location;
    if (!org->kind.isEmpty())
        field(p, FieldId::Kind, OrgKind{org->kind});
    // The unified social credit code (统一社会信用代码) is public, as on a business licence.
    field(p, FieldId::Code, org->uscc);
    personsLinked(p, id);
    regionSection(p, org->regionId);
    notes(p);
    return p;
}

// ---- region ------------------------------------------------------------------------------

std::optional<Profile> Builder::region(const QString &id)
{
    const std::optional<domain::Region> region = Repository<domain::Region>(m_db).byId(id);
    if (!region)
        return std::nullopt;
    Profile p;
    p.type = RefType::Region;
    p.id = id;
    p.title = region->name;
    p.subtitle = RegionLevel{region->level};
    p.shape = region->geometry;
    p.lonLat = region->centroid ? region->centroid
                                : std::optional(geo::boundsOf(region->geometry).center());
    field(p, FieldId::Level, RegionLevel{region->level});
    field(p, FieldId::Code, region->code);
    field(p, FieldId::Population, Count{region->population});
    field(p, FieldId::Households, Count{region->households});
    field(p, FieldId::Officer, region->officer);
    MapData &map = m_map;
    if (const auto parent = map.region(region->parentId))
        field(p, FieldId::Parent, parent->name);

    // The six map metrics over the last 30 days and the change against the 30 before.
    if (const std::optional<qint64> latest = now()) {
        const TimeWindow current{*latest + 1 - 30 * kDay, *latest + 1};
        const TimeWindow previous{current.from - 30 * kDay, current.from};
        for (RegionMetric m : kRegionMetrics)
            field(p, FieldId::Metric,
                  MetricChange{m, map.metric(m, region->level, current).value(id, std::nan("")),
                               map.metric(m, region->level, previous).value(id, std::nan(""))});
    }

    // Key persons and sites of every cell under the region, highest risk first.
    const char *cells = "WITH RECURSIVE under(id) AS (SELECT ?1 UNION ALL SELECT r.id FROM "
                        "regions r JOIN under u ON r.parent_id=u.id) ";
    auto inside = [&](SectionId section, RefType type, const char *table) {
        ProfileSection s{section, {}, 0};
        const QByteArray utf8 = id.toUtf8();
        Statement st(m_db, QByteArray(cells) + "SELECT id FROM " + table +
                               " WHERE region_id IN under ORDER BY risk_level DESC, rid LIMIT ?2");
        st.bind(1, utf8).bind(2, kListCap);
        while (st.step())
            s.links.append(link(type, st.columnText(0)));
        Statement count(m_db, QByteArray(cells) + "SELECT count(*) FROM " + table +
                                  " WHERE region_id IN under");
        count.bind(1, utf8);
        s.total = count.step() ? int(count.columnInt(0)) : 0;
        p.sections.append(s);
    };
    inside(SectionId::KeyPersons, RefType::Person, "persons");
    inside(SectionId::KeySites, RefType::Site, "sites");
    {
        ProfileSection s{SectionId::Subdivisions, {}, 0};
        for (const RegionShape &child : map.regions(region->level + 1, id))
            s.links.append(ProfileLink{RefType::Region,
                                       child.id,
                                       child.name,
                                       {Population{child.population}},
                                       std::nullopt,
                                       child.centroid});
        s.total = int(s.links.size());
        if (s.total > 0)
            p.sections.append(s);
    }
    notes(p);
    return p;
}

} // namespace yiping::store::profile
