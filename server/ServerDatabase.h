#pragma once

#include "store/Sqlite.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace yiping::server {

// One stored record and what the server needs to decide who may see it.
struct StoredRecord
{
    QByteArray collection;
    QByteArray id;
    qint64 rev = 0;
    bool deleted = false;
    int classification = 0; // Clearance as int
    QByteArray regionCode;  // empty = city-wide
    QByteArray json;        // the record as served to a "restricted" caller
};

struct CollectionStats
{
    qint64 count = 0;
    qint64 maxRev = 0;
};

// The server's own SQLite database: every record of every collection in one table,
// indexed by (collection, rev) for sync pages and by (collection, id) for lookups.
// `rev` is global: each write takes the next one.
class ServerDatabase
{
public:
    // Opens or creates the file and its schema; throws store::SqlError.
    explicit ServerDatabase(const QString &path);

    store::Database &db() { return m_db; }

    // Records of a collection with rev > since, by rev, at most `limit` of them.
    QList<StoredRecord> page(const QByteArray &collection, qint64 since, int limit);
    // false when there is no such record.
    bool find(const QByteArray &collection, const QByteArray &id, StoredRecord *out);
    // A random live record of the collection (for the simulator); false when empty.
    bool pickRandom(const QByteArray &collection, StoredRecord *out);

    // Stores the record at the next rev; `object` gets that rev and `updated_at` (now).
    // Returns the new rev.
    qint64 write(const QByteArray &collection, QJsonObject &object, int classification,
                 const QByteArray &regionCode);

    // After a bulk load: builds the rev index and the cached counters.
    void finishLoad();

    qint64 maxRev() const { return m_maxRev; }
    const QHash<QByteArray, CollectionStats> &stats() const { return m_stats; }
    // The code of the region with that id; empty when unknown.
    QByteArray regionCode(const QByteArray &regionId);

private:
    store::Database m_db;
    // Cached: a GROUP BY over millions of rows per /meta or per write would be too slow.
    QHash<QByteArray, CollectionStats> m_stats;
    qint64 m_maxRev = 0;
};

} // namespace yiping::server
