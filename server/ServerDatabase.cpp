#include "ServerDatabase.h"

#include "Collections.h"
#include "ServerTime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace yiping::server {

ServerDatabase::ServerDatabase(const QString &path)
    : m_db(store::Database::open(path))
{
    // The database is a cache of the dataset file, rebuilt at every start: durability
    // buys nothing, load speed does.
    m_db.exec("PRAGMA journal_mode=OFF");
    m_db.exec("PRAGMA synchronous=OFF");
    m_db.exec("PRAGMA cache_size=-65536");
    m_db.exec("DROP TABLE IF EXISTS records");
    m_db.exec("CREATE TABLE records("
              " collection TEXT NOT NULL, id TEXT NOT NULL, rev INTEGER NOT NULL,"
              " deleted INTEGER NOT NULL DEFAULT 0, classification INTEGER NOT NULL,"
              " region_code TEXT, link_collection TEXT, link_id TEXT, json BLOB NOT NULL,"
              " PRIMARY KEY(collection, id))");
}

namespace {

StoredRecord readRecord(const store::Statement &s)
{
    StoredRecord r;
    r.collection = s.columnBytes(0);
    r.id = s.columnBytes(1);
    r.rev = s.columnInt(2);
    r.deleted = s.columnInt(3) != 0;
    r.classification = int(s.columnInt(4));
    r.regionCode = s.columnBytes(5);
    r.json = s.columnBytes(6);
    return r;
}

} // namespace

QList<StoredRecord> ServerDatabase::page(const QByteArray &collection, qint64 since, int limit)
{
    store::Statement s(m_db,
                       "SELECT collection, id, rev, deleted, classification, region_code, json"
                       " FROM records WHERE collection = ? AND rev > ?"
                       " ORDER BY rev LIMIT ?");
    s.bind(1, collection).bind(2, since).bind(3, limit);
    QList<StoredRecord> records;
    while (s.step())
        records.append(readRecord(s));
    return records;
}

bool ServerDatabase::find(const QByteArray &collection, const QByteArray &id, StoredRecord *out)
{
    store::Statement s(m_db,
                       "SELECT collection, id, rev, deleted, classification, region_code, json"
                       " FROM records WHERE collection = ? AND id = ?");
    s.bind(1, collection).bind(2, id);
    if (!s.step())
        return false;
    *out = readRecord(s);
    return true;
}

bool ServerDatabase::pickRandom(const QByteArray &collection, StoredRecord *out)
{
    store::Statement count(m_db,
                           "SELECT count(*) FROM records WHERE collection = ? AND deleted = 0");
    count.bind(1, collection);
    count.step();
    const qint64 n = count.columnInt(0);
    if (n == 0)
        return false;
    store::Statement s(m_db,
                       "SELECT collection, id, rev, deleted, classification, region_code, json"
                       " FROM records WHERE collection = ? AND deleted = 0"
                       " LIMIT 1 OFFSET ?");
    s.bind(1, collection).bind(2, qint64(QRandomGenerator::global()->bounded(n)));
    if (!s.step())
        return false;
    *out = readRecord(s);
    return true;
}

qint64 ServerDatabase::write(const QByteArray &collection, QJsonObject &object, int classification,
                             const QByteArray &regionCode)
{
    const qint64 rev = m_maxRev + 1;
    object.insert(QLatin1String("rev"), rev);
    object.insert(QLatin1String("updated_at"), rfc3339Now());
    const QByteArray id = object.value(QLatin1String("id")).toString().toUtf8();
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    StoredRecord previous;
    const bool existed = find(collection, id, &previous) && !previous.deleted;
    store::Statement s(m_db, "INSERT OR REPLACE INTO records"
                             "(collection, id, rev, deleted, classification, region_code, json)"
                             " VALUES (?, ?, ?, 0, ?, ?, ?)");
    s.bind(1, collection).bind(2, id).bind(3, rev).bind(4, classification);
    s.bind(5, regionCode.isEmpty() ? QByteArray() : regionCode).bind(6, json);
    s.run();
    m_maxRev = rev;
    CollectionStats &stats = m_stats[collection];
    stats.maxRev = rev;
    if (!existed)
        ++stats.count;
    return rev;
}

void ServerDatabase::finishLoad()
{
    m_db.exec("CREATE INDEX IF NOT EXISTS records_rev ON records(collection, rev)");
    m_db.exec("ANALYZE");
    m_stats.clear();
    for (const QByteArray &name : collectionNames())
        m_stats.insert(name, {});
    store::Statement s(m_db, "SELECT collection, sum(deleted = 0), max(rev) FROM records"
                             " GROUP BY collection");
    m_maxRev = 0;
    while (s.step()) {
        m_stats.insert(s.columnBytes(0), {s.columnInt(1), s.columnInt(2)});
        m_maxRev = qMax(m_maxRev, s.columnInt(2));
    }
}

QByteArray ServerDatabase::regionCode(const QByteArray &regionId)
{
    store::Statement s(m_db, "SELECT region_code FROM records"
                             " WHERE collection = 'regions' AND id = ?");
    s.bind(1, regionId);
    return s.step() ? s.columnBytes(0) : QByteArray();
}

} // namespace yiping::server
