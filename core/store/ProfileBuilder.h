#pragma once

// Private to core/store: how ProfileReader assembles a Profile, split by record kind
// (ProfileBuilder.cpp: links, notes, sections every kind shares; ProfilePlaces.cpp:
// persons, sites, regions; ProfileActivity.cpp: events, cases, disputes, alerts).

#include "store/MapData.h"
#include "store/Profile.h"
#include "store/ProfileReader.h"
#include "store/Sqlite.h"

#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

namespace yiping::store::profile {

using domain::RefType;
using L = QLatin1StringView;

constexpr int kListCap = 50;   // links per section; total says how many there are
constexpr int kSightings = 10; // latest tracks of a person
constexpr double kNearbyMetres = 300;
constexpr qint64 kDay = 24 * 3600;

std::optional<QPointF> pointOf(const Statement &st, int lonCol);
template<typename E> domain::EnumValue<E> enumAt(const Statement &st, int col)
{
    return domain::EnumValue<E>::parse(st.columnText(col));
}
// A time column; empty when NULL.
std::optional<Time> timeAt(const Statement &st, int col);

// Builds one profile: the queries shared by every type (links, notes).
class Builder
{
public:
    Builder(Database &db, MapData &map)
        : m_db(db)
        , m_map(map)
    {}

    std::optional<Profile> person(const QString &id);
    std::optional<Profile> site(const QString &id);
    std::optional<Profile> org(const QString &id);
    std::optional<Profile> region(const QString &id);
    std::optional<Profile> event(const QString &id);
    std::optional<Profile> caseFile(const QString &id);
    std::optional<Profile> dispute(const QString &id);
    std::optional<Profile> alert(const QString &id);

private:
    // Fields the record has: an empty text, an unset time, an enum not in the data and a
    // contact with nobody are left out.
    static void field(Profile &p, FieldId id, const QString &v);
    static void field(Profile &p, FieldId id, const std::optional<qint64> &t);
    static void field(Profile &p, FieldId id, const domain::Contact &c);
    template<typename E> static void field(Profile &p, FieldId id, const domain::EnumValue<E> &v)
    {
        if (!v.raw.isEmpty())
            p.fields.append(ProfileField{id, v});
    }
    static void field(Profile &p, FieldId id, const Value &v)
    {
        p.fields.append(ProfileField{id, v});
    }

    ProfileLink link(RefType type, const QString &id);
    ProfileSection links(SectionId section, RefType type, const QStringList &ids);
    // Records of `collection` naming the person, newest first (person_links, schema v3).
    ProfileSection linkedRecords(SectionId section, const char *sql, const char *countSql,
                                 const QString &personId,
                                 const std::function<ProfileLink(const Statement &)> &row);
    void regionSection(Profile &p, const QString &regionId);
    void personsLinked(Profile &p, const QString &id);
    void notes(Profile &p);
    std::optional<qint64> now();

    Database &m_db;
    MapData &m_map;
    std::optional<std::optional<qint64>> m_now;
};

// The facts of an event's line: when, from where, how far along.
QList<Value> eventFacts(const Statement &st, int timeCol);

} // namespace yiping::store::profile
