#pragma once

#include "domain/Collection.h"
#include "store/Indexer.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace yiping::store {

class CellLocator;

// The local cache: one SQLite file per user and server, in WAL mode. The only way data
// gets in is applyPage(), for sync and import alike. Not thread-safe: one Store per
// thread (the sync engine's worker owns one; pages open their own read-only views).
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    struct OpenResult
    {
        std::unique_ptr<Store> store; // null when the cache cannot be used
        QString error;                // why, when store is null
        QStringList notices;          // things the user should know (a damaged cache moved)
    };
    // Opens or creates the cache at `path`, migrating older schemas. A damaged file is moved
    // aside and rebuilt empty (with its pending annotations recovered); a file of a newer
    // schema version is refused and left untouched.
    static OpenResult open(const QString &path);
    // <AppLocalDataLocation>/caches/<user>@<server>.sqlite, with unsafe characters replaced.
    static QString defaultPath(const QString &user, const QString &server);

    struct PageResult
    {
        bool ok = false;
        QString error; // the rejected record and why; nothing of the page was applied
        int upserted = 0;
        int deleted = 0;
        int stale = 0; // records older than the cached copy, ignored
        qint64 cursor = 0;
    };
    // Applies one page of a collection in one transaction: upserts records, deletes
    // tombstones, advances the cursor to `nextCursor`. All or nothing.
    PageResult applyPage(domain::Collection c, const QList<QByteArray> &items, qint64 nextCursor);
    PageResult applyPage(domain::Collection c, const QJsonArray &items, qint64 nextCursor);
    // The same for records already parsed: `objects[i]` is `items[i]` parsed, which saves
    // parsing or serializing them again (the sync pull has both at hand).
    PageResult applyPage(domain::Collection c, const QList<QByteArray> &items,
                         const QList<QJsonObject> &objects, qint64 nextCursor);

    qint64 cursor(domain::Collection c);
    std::optional<qint64> lastSync(domain::Collection c); // epoch seconds
    qint64 count(domain::Collection c);
    // Drops a collection's rows and cursor (the server answered 410: pull again from 0).
    void resetCollection(domain::Collection c);

    // PRAGMA integrity_check, the search and R*Tree checks. Empty when all is well.
    QString verify();

    QString path() const { return m_path; }
    Database &database() { return m_db; }
    CellLocator &cells() { return *m_cells; }
    ~Store();

private:
    Store(Database db, const QString &path);
    template<typename ItemAt>
    PageResult applyItems(domain::Collection c, qsizetype n, ItemAt itemAt, qint64 nextCursor);
    friend class CacheFile;

    Database m_db;
    QString m_path;
    Indexer m_indexer;
    std::unique_ptr<CellLocator> m_cells;
};

} // namespace yiping::store
