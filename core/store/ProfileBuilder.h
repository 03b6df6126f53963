#pragma once

// Private to core/store: how ProfileReader assembles a Profile, split by record kind
// (ProfileBuilder.cpp: links, notes, sections every kind shares; ProfilePlaces.cpp:
// persons, sites, regions; ProfileActivity.cpp: events, cases, disputes, alerts).

#include "domain/EnumText.h"
#include "security/Clearance.h"
#include "security/MaskingPolicy.h"
#include "store/MapData.h"
#include "store/Profile.h"
#include "store/ProfileReader.h"
#include "store/Sqlite.h"

#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

namespace yiping::store::profile {

using domain::EnumText;
using domain::RefType;
using security::Clearance;
using L = QLatin1StringView;

using L = QLatin1StringView;

constexpr int kListCap = 50;   // links per section; total says how many there are
constexpr int kSightings = 10; // latest tracks of a person
constexpr double kNearbyMetres = 300;
constexpr qint64 kDay = 24 * 3600;

// Times as the office reads them: China Standard Time, where the city is, whatever the
// machine's zone.
QString when(std::optional<qint64> t);
QString number(double v);
std::optional<QPointF> pointOf(const Statement &st, int lonCol);
template<typename E> QString text(const QString &raw)
{
    return EnumText::of(domain::EnumValue<E>::parse(raw));
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
    // A personal field as the masking policy lets the viewer see it.
    QString personal(Profile &p, domain::Collection kind, security::PersonalField f,
                     const QString &v)
    {
        if (!v.isEmpty() &&
            security::MaskingPolicy::rule(kind, f, m_viewer) != security::Rule::Full)
            p.masked = true;
        return security::MaskingPolicy::shown(kind, f, m_viewer, v);
    }
    QString contact(Profile &p, domain::Collection kind, const domain::Contact &c)
    {
        const QString name = personal(p, kind, security::PersonalField::ContactName, c.name);
        const QString number = personal(p, kind, security::PersonalField::ContactPhone, c.phone);
        return number.isEmpty() ? name : name + QLatin1Char(' ') + number;
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

} // namespace yiping::store::profile
