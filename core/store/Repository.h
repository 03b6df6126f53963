#pragma once

#include "domain/Activity.h"
#include "domain/Collection.h"
#include "domain/Links.h"
#include "domain/Places.h"
#include "store/Sqlite.h"

#include <QJsonDocument>
#include <QList>

#include <optional>

namespace yiping::store {

// Which collection holds each domain type.
template<typename T> struct CollectionOf;
#define YIPING_COLLECTION_OF(T, C)                                                                 \
    template<> struct CollectionOf<domain::T>                                                      \
    {                                                                                              \
        static constexpr domain::Collection value = domain::Collection::C;                         \
    };
YIPING_COLLECTION_OF(Region, Regions)
YIPING_COLLECTION_OF(Person, Persons)
YIPING_COLLECTION_OF(Site, Sites)
YIPING_COLLECTION_OF(Org, Orgs)
YIPING_COLLECTION_OF(Event, Events)
YIPING_COLLECTION_OF(Case, Cases)
YIPING_COLLECTION_OF(Dispute, Disputes)
YIPING_COLLECTION_OF(Service, Services)
YIPING_COLLECTION_OF(Track, Tracks)
YIPING_COLLECTION_OF(Relation, Relations)
YIPING_COLLECTION_OF(Survey, Surveys)
YIPING_COLLECTION_OF(Alert, Alerts)
YIPING_COLLECTION_OF(Assessment, Assessments)
YIPING_COLLECTION_OF(Annotation, Annotations)
#undef YIPING_COLLECTION_OF

// Untyped reads shared by every repository: the stored JSON of matching rows.
class RecordReader
{
public:
    RecordReader(Database &db, domain::Collection c)
        : m_db(db)
        , m_collection(c)
    {}
    std::optional<QByteArray> byId(const QString &id);
    // Rows whose indexed `column` (one of the collection's columns) equals `value`.
    QList<QByteArray> where(const char *column, const QString &value, int limit = -1);
    QList<QByteArray> all(int limit = -1, int offset = 0);

private:
    Database &m_db;
    domain::Collection m_collection;
};

// Typed reads of one collection: Repository<domain::Person>(db).byId("p-1").
template<typename T> class Repository
{
public:
    explicit Repository(Database &db)
        : m_reader(db, CollectionOf<T>::value)
    {}

    std::optional<T> byId(const QString &id)
    {
        const std::optional<QByteArray> json = m_reader.byId(id);
        return json ? std::optional<T>(parse(*json)) : std::nullopt;
    }
    QList<T> where(const char *column, const QString &value, int limit = -1)
    {
        return parseAll(m_reader.where(column, value, limit));
    }
    QList<T> all(int limit = -1, int offset = 0) { return parseAll(m_reader.all(limit, offset)); }

private:
    static T parse(const QByteArray &json)
    {
        return T::fromJson(QJsonDocument::fromJson(json).object());
    }
    static QList<T> parseAll(const QList<QByteArray> &rows)
    {
        QList<T> out;
        out.reserve(rows.size());
        for (const QByteArray &json : rows)
            out.append(parse(json));
        return out;
    }
    RecordReader m_reader;
};

} // namespace yiping::store
