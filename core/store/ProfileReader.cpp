#include "store/ProfileReader.h"

#include "domain/Activity.h"
#include "domain/EnumText.h"
#include "domain/Places.h"
#include "security/Masking.h"
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

namespace yiping::store {

using domain::EnumText;
using domain::RefType;

namespace {

using L = QLatin1StringView;

constexpr int kListCap = 50;   // links per section; total says how many there are
constexpr int kSightings = 10; // latest tracks of a person
constexpr double kNearbyMetres = 300;
constexpr qint64 kDay = 24 * 3600;

// Times as the office reads them: China Standard Time, where the city is, whatever the
// machine's zone.
QString when(std::optional<qint64> t)
{
    if (!t)
        return {};
    return QDateTime::fromSecsSinceEpoch(*t, QTimeZone::fromSecondsAheadOfUtc(8 * 3600))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    return v == std::floor(v) ? QLocale().toString(qint64(v)) : QLocale().toString(v, 'f', 1);
}

std::optional<QPointF> pointOf(const Statement &st, int lonCol)
{
    if (st.isNull(lonCol) || st.isNull(lonCol + 1))
        return std::nullopt;
    return QPointF(st.columnDouble(lonCol), st.columnDouble(lonCol + 1));
}

template<typename E> QString text(const QString &raw)
{
    return EnumText::of(domain::EnumValue<E>::parse(raw));
}

int alertLevel(domain::AlertLevel level)
{
    return level == domain::AlertLevel::Unknown ? 0 : int(level) + 1; // blue 1 .. red 4
}

// Builds one profile: the queries shared by every type (links, notes, masking).
class Builder
{
public:
    Builder(Database &db, MapData &map, Clearance viewer)
        : m_db(db)
        , m_map(map)
        , m_viewer(viewer)
    {}

    std::optional<Profile> person(const QString &id);
    std::optional<Profile> site(const QString &id);
    std::optional<Profile> region(const QString &id);
    std::optional<Profile> event(const QString &id);
    std::optional<Profile> caseFile(const QString &id);
    std::optional<Profile> dispute(const QString &id);
    std::optional<Profile> alert(const QString &id);

private:
    void field(Profile &p, const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            p.fields.append(ProfileField{label, value});
    }
    QString idNumber(Profile &p, const QString &v)
    {
        return maskIf(p, v, security::maskIdNumber(v));
    }
    QString phone(Profile &p, const QString &v) { return maskIf(p, v, security::maskPhone(v)); }
    QString maskIf(Profile &p, const QString &full, const QString &masked)
    {
        if (m_viewer == Clearance::Restricted || full.isEmpty())
            return full;
        p.masked = true;
        return masked;
    }
    QString contact(Profile &p, const domain::Contact &c)
    {
        const QString number = phone(p, c.phone);
        return number.isEmpty() ? c.name : c.name + QLatin1Char(' ') + number;
    }

    ProfileLink link(RefType type, const QString &id);
    ProfileSection links(const QString &title, RefType type, const QStringList &ids);
    // Records of `collection` naming the person, newest first (person_links, schema v3).
    ProfileSection linkedRecords(const QString &title, const char *sql, const char *countSql,
                                 const QString &personId,
                                 const std::function<ProfileLink(const Statement &)> &row);
    void regionSection(Profile &p, const QString &regionId);
    void notes(Profile &p);
    std::optional<qint64> now();

    Database &m_db;
    MapData &m_map;
    Clearance m_viewer;
    std::optional<std::optional<qint64>> m_now;
};

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
    ProfileLink l{type, id, id, {}, std::nullopt};
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
            l.detail = ProfileReader::tr("%1, risk %2")
                           .arg(text<domain::PersonCategory>(st.columnText(1)))
                           .arg(st.columnInt(2));
            l.lonLat = pointOf(st, 3);
        }
        break;
    }
    case RefType::Site: {
        Statement st = query("SELECT name, kind, risk_level, lon, lat FROM sites WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail = ProfileReader::tr("%1, risk %2")
                           .arg(text<domain::SiteKind>(st.columnText(1)))
                           .arg(st.columnInt(2));
            l.lonLat = pointOf(st, 3);
        }
        break;
    }
    case RefType::Org: {
        Statement st = query("SELECT name, kind, lon, lat FROM orgs WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail = st.columnText(1);
            l.lonLat = pointOf(st, 2);
        }
        break;
    }
    case RefType::Event: {
        Statement st = query("SELECT json_extract(json,'$.summary'), occurred_at, source, status, "
                             "lon, lat FROM events WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail =
                QStringList{when(st.columnInt(1)), text<domain::EventSource>(st.columnText(2)),
                            text<domain::EventStatus>(st.columnText(3))}
                    .join(QStringLiteral(" · "));
            l.lonLat = pointOf(st, 4);
        }
        break;
    }
    case RefType::Case: {
        Statement st = query("SELECT case_no, title, stage, agency FROM cases WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(1).isEmpty() ? st.columnText(0) : st.columnText(1);
            l.detail = QStringList{st.columnText(0), text<domain::Stage>(st.columnText(2)),
                                   text<domain::Agency>(st.columnText(3))}
                           .join(QStringLiteral(" · "));
        }
        break;
    }
    case RefType::Dispute: {
        Statement st = query("SELECT kind, received_at, status, lon, lat FROM disputes WHERE id=?");
        if (st.step()) {
            l.title =
                ProfileReader::tr("%1 dispute").arg(text<domain::DisputeKind>(st.columnText(0)));
            l.detail =
                QStringList{when(st.columnInt(1)), text<domain::DisputeStatus>(st.columnText(2))}
                    .join(QStringLiteral(" · "));
            l.lonLat = pointOf(st, 3);
        }
        break;
    }
    case RefType::Region: {
        Statement st = query("SELECT name, level, coalesce(c_lon, (min_lon+max_lon)/2), "
                             "coalesce(c_lat, (min_lat+max_lat)/2) FROM regions WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail = EnumText::regionLevel(int(st.columnInt(1)));
            l.lonLat = pointOf(st, 2);
        }
        break;
    }
    case RefType::Alert: {
        Statement st = query("SELECT json_extract(json,'$.message'), level, raised_at, status "
                             "FROM alerts WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail =
                QStringList{when(st.columnInt(2)), text<domain::AlertLevel>(st.columnText(1)),
                            text<domain::AlertStatus>(st.columnText(3))}
                    .join(QStringLiteral(" · "));
        }
        break;
    }
    case RefType::Unknown:
        break;
    }
    return l;
}

ProfileSection Builder::links(const QString &title, RefType type, const QStringList &ids)
{
    ProfileSection s{title, {}, int(ids.size())};
    for (const QString &id : ids.mid(0, kListCap))
        s.links.append(link(type, id));
    return s;
}

ProfileSection Builder::linkedRecords(const QString &title, const char *sql, const char *countSql,
                                      const QString &personId,
                                      const std::function<ProfileLink(const Statement &)> &row)
{
    ProfileSection s{title, {}, 0};
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
    ProfileSection s{ProfileReader::tr("Region"), {}, 0};
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
            s.links.append(ProfileLink{RefType::Region, st.columnText(0), st.columnText(1),
                                       EnumText::regionLevel(int(st.columnInt(2))),
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

// ---- person ------------------------------------------------------------------------------

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

    field(p, ProfileReader::tr("Name"), person->name);
    field(p, ProfileReader::tr("ID number"), idNumber(p, person->idNumber));
    field(p, ProfileReader::tr("Phone"), phone(p, person->phone));
    field(p, ProfileReader::tr("Gender"), EnumText::of(person->gender));
    field(p, ProfileReader::tr("Birth date"), person->birthDate);
    field(p, ProfileReader::tr("Category"), EnumText::of(person->category));
    field(p, ProfileReader::tr("Risk level"), QString::number(person->riskLevel));
    field(p, ProfileReader::tr("Status"), EnumText::of(person->status));
    {
        // The cell's name and officer without parsing its outline.
        Statement st(m_db, "SELECT name, json_extract(json,'$.officer') FROM regions WHERE id=?");
        const QByteArray region = person->regionId.toUtf8();
        st.bind(1, region);
        if (st.step()) {
            field(p, ProfileReader::tr("Grid cell"), st.columnText(0));
            const QJsonObject officer = QJsonDocument::fromJson(st.columnBytes(1)).object();
            field(p, ProfileReader::tr("Grid officer"),
                  contact(p, domain::json::contact(QJsonObject{{L("officer"), officer}},
                                                   L("officer"))));
        } else {
            field(p, ProfileReader::tr("Grid cell"), person->regionId);
        }
    }
    field(p, ProfileReader::tr("Address"), person->address);
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
                alertLevel(domain::EnumValue<domain::AlertLevel>::parse(st.columnText(1)).value),
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
    field(p, ProfileReader::tr("Risk level"), QString::number(site->riskLevel));
    if (site->capacity > 0)
        field(p, ProfileReader::tr("Capacity"), QLocale().toString(site->capacity));
    field(p, ProfileReader::tr("Contact"), contact(p, site->contact));
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
    field(p, ProfileReader::tr("Officer"), contact(p, region->officer));
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

std::optional<Profile> Builder::event(const QString &id)
{
    const std::optional<domain::Event> e = Repository<domain::Event>(m_db).byId(id);
    if (!e)
        return std::nullopt;
    Profile p;
    p.type = RefType::Event;
    p.id = id;
    p.title = e->summary.isEmpty() ? e->category : e->summary;
    p.subtitle = EnumText::of(e->source);
    p.risk = e->severity;
    p.lonLat = e->location;
    field(p, ProfileReader::tr("Source"), EnumText::of(e->source));
    field(p, ProfileReader::tr("Category"), e->category);
    field(p, ProfileReader::tr("Severity"), QString::number(e->severity));
    field(p, ProfileReader::tr("Status"), EnumText::of(e->status));
    field(p, ProfileReader::tr("Occurred"), when(e->occurredAt));
    field(p, ProfileReader::tr("Reported"), when(e->reportedAt));
    field(p, ProfileReader::tr("Resolved at"), when(e->resolvedAt));
    field(p, ProfileReader::tr("Summary"), e->summary);
    if (!e->personIds.isEmpty())
        p.sections.append(
            links(ProfileReader::tr("Persons involved"), RefType::Person, e->personIds));
    if (!e->siteId.isEmpty())
        p.sections.append(links(ProfileReader::tr("Site"), RefType::Site, {e->siteId}));
    regionSection(p, e->regionId);
    notes(p);
    return p;
}

std::optional<Profile> Builder::caseFile(const QString &id)
{
    const std::optional<domain::Case> c = Repository<domain::Case>(m_db).byId(id);
    if (!c)
        return std::nullopt;
    Profile p;
    p.type = RefType::Case;
    p.id = id;
    p.title = c->title.isEmpty() ? c->caseNo : c->title;
    p.subtitle = c->caseNo;
    field(p, ProfileReader::tr("Case number"), c->caseNo);
    field(p, ProfileReader::tr("Kind"), EnumText::of(c->kind));
    field(p, ProfileReader::tr("Cause"), c->cause);
    field(p, ProfileReader::tr("Stage"), EnumText::of(c->stage));
    field(p, ProfileReader::tr("Agency"), EnumText::of(c->agency));
    field(p, ProfileReader::tr("Opened"), when(c->openedAt));
    field(p, ProfileReader::tr("Due"), when(c->dueAt));
    field(p, ProfileReader::tr("Closed at"), when(c->closedAt));
    {
        // The flow between agencies, oldest first; a stage is not a record (RefType::Unknown).
        ProfileSection s{ProfileReader::tr("Stage history"), {}, int(c->stages.size())};
        for (const domain::StageEntry &st : c->stages) {
            QString span = when(st.enteredAt) + QStringLiteral(" – ") + when(st.leftAt);
            if (!st.outcome.isEmpty())
                span += QStringLiteral(" · ") + st.outcome;
            s.links.append(ProfileLink{RefType::Unknown,
                                       {},
                                       EnumText::of(st.stage) + QStringLiteral(" (") +
                                           EnumText::of(st.agency) + QLatin1Char(')'),
                                       span,
                                       std::nullopt});
        }
        p.sections.append(s);
    }
    if (!c->personIds.isEmpty())
        p.sections.append(
            links(ProfileReader::tr("Persons involved"), RefType::Person, c->personIds));
    regionSection(p, c->regionId);
    notes(p);
    return p;
}

std::optional<Profile> Builder::dispute(const QString &id)
{
    const std::optional<domain::Dispute> d = Repository<domain::Dispute>(m_db).byId(id);
    if (!d)
        return std::nullopt;
    Profile p;
    p.type = RefType::Dispute;
    p.id = id;
    p.title = ProfileReader::tr("%1 dispute").arg(EnumText::of(d->kind));
    p.subtitle = EnumText::of(d->status);
    p.lonLat = d->location;
    field(p, ProfileReader::tr("Kind"), EnumText::of(d->kind));
    field(p, ProfileReader::tr("Channel"), EnumText::of(d->channel));
    field(p, ProfileReader::tr("Status"), EnumText::of(d->status));
    field(p, ProfileReader::tr("Received at"), when(d->receivedAt));
    field(p, ProfileReader::tr("Closed at"), when(d->closedAt));
    field(p, ProfileReader::tr("Mediator"), d->mediatorOrg);
    if (d->parties > 0)
        field(p, ProfileReader::tr("Parties"), QString::number(d->parties));
    if (d->amount > 0)
        field(p, ProfileReader::tr("Amount (yuan)"), QLocale().toString(d->amount, 'f', 0));
    if (!d->personIds.isEmpty())
        p.sections.append(
            links(ProfileReader::tr("Persons involved"), RefType::Person, d->personIds));
    regionSection(p, d->regionId);
    notes(p);
    return p;
}

std::optional<Profile> Builder::alert(const QString &id)
{
    const std::optional<domain::Alert> a = Repository<domain::Alert>(m_db).byId(id);
    if (!a)
        return std::nullopt;
    Profile p;
    p.type = RefType::Alert;
    p.id = id;
    p.title = a->message.isEmpty() ? a->rule : a->message;
    p.subtitle = EnumText::of(a->level);
    p.risk = alertLevel(a->level.value);
    field(p, ProfileReader::tr("Rule"), a->rule); // rule names are free text in the contract
    field(p, ProfileReader::tr("Level"), EnumText::of(a->level));
    field(p, ProfileReader::tr("Status"), EnumText::of(a->status));
    field(p, ProfileReader::tr("Raised"), when(a->raisedAt));
    field(p, ProfileReader::tr("Message"), a->message);
    if (a->subject && a->subject->type.isKnown()) {
        const ProfileLink subject = link(a->subject->type.value, a->subject->id);
        p.lonLat = subject.lonLat;
        p.sections.append(ProfileSection{ProfileReader::tr("Subject"), {subject}, 1});
    }
    regionSection(p, a->regionId);
    notes(p);
    return p;
}

} // namespace

ProfileReader::ProfileReader(Database &db)
    : m_db(db)
{}

ProfileReader::~ProfileReader() = default;

std::optional<Profile> ProfileReader::read(domain::RefType type, const QString &id,
                                           Clearance viewer)
{
    if (!m_map)
        m_map = std::make_unique<MapData>(m_db);
    Builder b(m_db, *m_map, viewer);
    switch (type) {
    case RefType::Person:
        return b.person(id);
    case RefType::Site:
        return b.site(id);
    case RefType::Region:
        return b.region(id);
    case RefType::Event:
        return b.event(id);
    case RefType::Case:
        return b.caseFile(id);
    case RefType::Dispute:
        return b.dispute(id);
    case RefType::Alert:
        return b.alert(id);
    case RefType::Org:
    case RefType::Unknown:
        break;
    }
    return std::nullopt;
}

} // namespace yiping::store
