#include "store/ProfileBuilder.h"

#include "domain/Activity.h"
#include "domain/EnumText.h"
#include "domain/Levels.h"
#include "domain/Places.h"
#include "store/MapData.h"
#include "store/Repository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

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
    p.subtitle = EnumText::of(person->category);
    p.risk = person->riskLevel;
    p.lonLat = person->location;

    using security::PersonalField;
    const auto persons = domain::Collection::Persons;
    field(p, ProfileReader::tr("Name"), personal(p, persons, PersonalField::Name, person->name));
    field(p, ProfileReader::tr("ID number"),
          personal(p, persons, PersonalField::IdNumber, person->idNumber));
    field(p, ProfileReader::tr("Phone"), personal(p, persons, PersonalField::Phone, person->phone));
    field(p, ProfileReader::tr("Gender"), EnumText::of(person->gender));
    field(p, ProfileReader::tr("Birth date"),
          personal(p, persons, PersonalField::BirthDate, person->birthDate));
    field(p, ProfileReader::tr("Category"), EnumText::of(person->category));
    field(p, ProfileReader::tr("Risk level"), domain::Levels::name(person->riskLevel));
    field(p, ProfileReader::tr("Status"), EnumText::of(person->status));
    {
        // The cell's name and officer without parsing its outline.
        Statement st(m_db, "SELECT name, json_extract(json,'$.officer') FROM regions WHERE id=?");
        const QByteArray region = person->regionId.toUtf8();
        st.bind(1, region);
        if (st.step()) {
            field(p, ProfileReader::tr("Grid cell"), st.columnText(0));
            const QJsonObject officer = QJsonDocument::fromJson(st.columnBytes(1)).object();
            field(
                p, ProfileReader::tr("Grid officer"),
                contact(p, domain::Collection::Regions,
                        domain::json::contact(QJsonObject{{L("officer"), officer}}, L("officer"))));
        } else {
            field(p, ProfileReader::tr("Grid cell"), person->regionId);
        }
    }
    field(p, ProfileReader::tr("Address"),
          personal(p, persons, PersonalField::Address, person->address));
    field(p, ProfileReader::tr("Managed since"), person->managedSince);
    field(p, ProfileReader::tr("Tags"), person->tags.join(QStringLiteral("、")));

    // Risk history: the data carries no dated risk assessments of persons; the alerts raised
    // about the person are the dated risk signals there are (level blue 1 .. red 4).
    {
        Statement st(m_db, "SELECT raised_at, level, json_extract(json,'$.message') FROM alerts "
                           "WHERE subject_id=? AND subject_type='person' ORDER BY raised_at");
        const QByteArray utf8 = id.toUtf8();
        st.bind(1, utf8);
        while (st.step())
            p.riskHistory.append(RiskChange{
                st.columnInt(0),
                domain::Levels::of(domain::EnumValue<domain::AlertLevel>::parse(st.columnText(1))),
                st.columnText(2)});
    }

    {
        ProfileSection s{ProfileReader::tr("Latest sightings"), {}, 0};
        Statement st(m_db, "SELECT id, at, source, json_extract(json,'$.place'), lon, lat "
                           "FROM tracks WHERE person_id=? ORDER BY at DESC LIMIT ?");
        const QByteArray utf8 = id.toUtf8();
        st.bind(1, utf8).bind(2, kSightings);
        while (st.step()) {
            // A sighting has no profile of its own (RefType::Unknown): the panel flies to it.
            s.links.append(ProfileLink{RefType::Unknown, st.columnText(0), st.columnText(3),
                                       when(st.columnInt(1)) + QStringLiteral(" · ") +
                                           text<domain::TrackSource>(st.columnText(2)),
                                       pointOf(st, 4)});
        }
        Statement count(m_db, "SELECT count(*) FROM tracks WHERE person_id=?");
        count.bind(1, utf8);
        s.total = count.step() ? int(count.columnInt(0)) : 0;
        p.sections.append(s);
    }

    p.sections.append(linkedRecords(
        ProfileReader::tr("Events"),
        "SELECT e.id, json_extract(e.json,'$.summary'), e.occurred_at, e.source, e.status, e.lon, "
        "e.lat FROM person_links l JOIN events e ON e.rid=l.rid WHERE l.person_id=?1 AND "
        "l.collection='events' ORDER BY e.occurred_at DESC LIMIT ?2",
        "SELECT count(*) FROM person_links WHERE person_id=? AND collection='events'", id,
        [](const Statement &st) {
            return ProfileLink{RefType::Event, st.columnText(0), st.columnText(1),
                               QStringList{when(st.columnInt(2)),
                                           text<domain::EventSource>(st.columnText(3)),
                                           text<domain::EventStatus>(st.columnText(4))}
                                   .join(QStringLiteral(" · ")),
                               pointOf(st, 5)};
        }));
    p.sections.append(linkedRecords(
        ProfileReader::tr("Cases"),
        "SELECT c.id, c.case_no, c.title, c.stage, c.agency FROM person_links l JOIN cases c ON "
        "c.rid=l.rid WHERE l.person_id=?1 AND l.collection='cases' ORDER BY c.opened_at DESC "
        "LIMIT ?2",
        "SELECT count(*) FROM person_links WHERE person_id=? AND collection='cases'", id,
        [](const Statement &st) {
            return ProfileLink{RefType::Case, st.columnText(0),
                               st.columnText(2).isEmpty() ? st.columnText(1) : st.columnText(2),
                               QStringList{st.columnText(1), text<domain::Stage>(st.columnText(3)),
                                           text<domain::Agency>(st.columnText(4))}
                                   .join(QStringLiteral(" · ")),
                               std::nullopt};
        }));
    p.sections.append(linkedRecords(
        ProfileReader::tr("Disputes"),
        "SELECT d.id, d.kind, d.received_at, d.status, d.lon, d.lat FROM person_links l JOIN "
        "disputes d ON d.rid=l.rid WHERE l.person_id=?1 AND l.collection='disputes' ORDER BY "
        "d.received_at DESC LIMIT ?2",
        "SELECT count(*) FROM person_links WHERE person_id=? AND collection='disputes'", id,
        [](const Statement &st) {
            return ProfileLink{
                RefType::Dispute, st.columnText(0),
                ProfileReader::tr("%1 dispute").arg(text<domain::DisputeKind>(st.columnText(1))),
                QStringList{when(st.columnInt(2)), text<domain::DisputeStatus>(st.columnText(3))}
                    .join(QStringLiteral(" · ")),
                pointOf(st, 4)};
        }));

    {
        // Relations both ways; the other end is what the panel links to.
        ProfileSection s{ProfileReader::tr("Relations"), {}, 0};
        QMap<QString, int> counts;
        Statement st(m_db, "SELECT kind, to_type, to_id, weight FROM relations WHERE from_id=?1 "
                           "UNION ALL SELECT kind, from_type, from_id, weight FROM relations "
                           "WHERE to_id=?1 ORDER BY 4 DESC");
        const QByteArray utf8 = id.toUtf8();
        st.bind(1, utf8);
        while (st.step()) {
            const QString kind = text<domain::RelationKind>(st.columnText(0));
            ++counts[kind];
            ++s.total;
            if (s.links.size() < kListCap) {
                const RefType type = domain::EnumValue<RefType>::parse(st.columnText(1)).value;
                ProfileLink l = link(type, st.columnText(2));
                l.detail = l.detail.isEmpty() ? kind : kind + QStringLiteral(" · ") + l.detail;
                s.links.append(l);
            }
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            p.relationCounts.append({it.key(), it.value()});
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
    p.subtitle = EnumText::of(site->kind);
    p.risk = site->riskLevel;
    p.lonLat = site->location;
    p.shape = site->footprint;
    field(p, ProfileReader::tr("Kind"), EnumText::of(site->kind));
    field(p, ProfileReader::tr("Risk level"), domain::Levels::name(site->riskLevel));
    if (site->capacity > 0)
        field(p, ProfileReader::tr("Capacity"), QLocale().toString(site->capacity));
    field(p, ProfileReader::tr("Contact"), contact(p, domain::Collection::Sites, site->contact));
    field(p, ProfileReader::tr("Address"), site->address);

    if (site->location && now()) {
        // Events within kNearbyMetres in the last 90 days: the R*Tree narrows to a box, the
        // exact distance decides (the box's corners are farther than the radius).
        const QPointF c = *site->location;
        const double dLat = kNearbyMetres / 111320.0;
        const double dLon = dLat / std::cos(c.y() * M_PI / 180.0);
        ProfileSection s{ProfileReader::tr("Events nearby (300 m, 90 days)"), {}, 0};
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
                                           QStringList{when(st.columnInt(2)),
                                                       text<domain::EventSource>(st.columnText(3)),
                                                       text<domain::EventStatus>(st.columnText(4))}
                                               .join(QStringLiteral(" · ")),
                                           pointOf(st, 5)});
        }
        p.sections.append(s);
    }
    {
        ProfileSection s{ProfileReader::tr("Persons linked"), {}, 0};
        Statement st(m_db, "SELECT from_id, kind FROM relations WHERE to_id=?1 AND "
                           "from_type='person' UNION ALL SELECT to_id, kind FROM relations WHERE "
                           "from_id=?1 AND to_type='person'");
        const QByteArray utf8 = id.toUtf8();
        st.bind(1, utf8);
        while (st.step()) {
            ++s.total;
            if (s.links.size() < kListCap) {
                ProfileLink l = link(RefType::Person, st.columnText(0));
                l.detail =
                    text<domain::RelationKind>(st.columnText(1)) + QStringLiteral(" · ") + l.detail;
                s.links.append(l);
            }
        }
        p.sections.append(s);
    }
    regionSection(p, site->regionId);
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
    p.subtitle = EnumText::regionLevel(region->level);
    p.shape = region->geometry;
    p.lonLat = region->centroid ? region->centroid
                                : std::optional(geo::boundsOf(region->geometry).center());
    field(p, ProfileReader::tr("Level"), EnumText::regionLevel(region->level));
    field(p, ProfileReader::tr("Code"), region->code);
    field(p, ProfileReader::tr("Population"), QLocale().toString(region->population));
    field(p, ProfileReader::tr("Households"), QLocale().toString(region->households));
    field(p, ProfileReader::tr("Officer"),
          contact(p, domain::Collection::Regions, region->officer));
    MapData &map = m_map;
    if (const auto parent = map.region(region->parentId))
        field(p, ProfileReader::tr("Parent"), parent->name);

    // The six map metrics over the last 30 days and the change against the 30 before.
    if (const std::optional<qint64> latest = now()) {
        const TimeWindow current{*latest + 1 - 30 * kDay, *latest + 1};
        const TimeWindow previous{current.from - 30 * kDay, current.from};
        for (RegionMetric m : kRegionMetrics) {
            const double a = map.metric(m, region->level, current).value(id, std::nan(""));
            const double b = map.metric(m, region->level, previous).value(id, std::nan(""));
            QString value = number(a);
            if (!std::isnan(a) && !std::isnan(b)) {
                const double d = a - b;
                value += d > 0   ? QStringLiteral(" (▲%1)").arg(number(d))
                         : d < 0 ? QStringLiteral(" (▼%1)").arg(number(-d))
                                 : QStringLiteral(" (=)");
            }
            field(p, metricName(m), value);
        }
    }

    // Key persons and sites of every cell under the region, highest risk first.
    const char *cells = "WITH RECURSIVE under(id) AS (SELECT ?1 UNION ALL SELECT r.id FROM "
                        "regions r JOIN under u ON r.parent_id=u.id) ";
    auto inside = [&](const QString &title, RefType type, const char *table) {
        ProfileSection s{title, {}, 0};
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
    inside(ProfileReader::tr("Key persons"), RefType::Person, "persons");
    inside(ProfileReader::tr("Key sites"), RefType::Site, "sites");
    {
        ProfileSection s{ProfileReader::tr("Subdivisions"), {}, 0};
        for (const RegionShape &child : map.regions(region->level + 1, id))
            s.links.append(ProfileLink{
                RefType::Region, child.id, child.name,
                ProfileReader::tr("Population %1").arg(QLocale().toString(child.population)),
                child.centroid});
        s.total = int(s.links.size());
        if (s.total > 0)
            p.sections.append(s);
    }
    notes(p);
    return p;
}

// ---- event, case, dispute, alert ----------------------------------------------------------

} // namespace yiping::store::profile
