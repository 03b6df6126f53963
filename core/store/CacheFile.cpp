#include "store/CacheFile.h"

#include "store/Schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace yiping::store {

Store::OpenResult Store::open(const QString &path)
{
    return CacheFile::open(path);
}

namespace {

void configure(Database &db)
{
    // 8 KiB pages: a bulk pull inserts into the random-order tracks_person index and the
    // R*Tree all over the file, and every commit writes each page it touched to the WAL
    // whole, so big pages multiply the bytes written (a city pull with the cache below:
    // 64 KiB pages 37,700 records/s, 32 KiB 42,100, 16 KiB 46,800, 8 KiB 50,800). 4 KiB pages
    // deepen the R*Tree and FTS5 segments enough to slow bulk upserts again (bench_store). Takes
    // effect only on a new, empty file, so it has to come before WAL mode and the schema; existing
    // caches keep their page size.
    db.exec("PRAGMA page_size=8192");
    db.exec("PRAGMA journal_mode=WAL");
    // Pulled data can be pulled again, so NORMAL; local annotations switch to FULL.
    db.exec("PRAGMA synchronous=NORMAL");
    // 32 MiB: the page cache is most of the memory a pull holds, and it is a fixed cap, so
    // memory stays flat with the data set. Schema v3's person_links and window indexes are
    // written in random key order; with 16 MiB their pages kept leaving the cache and a city
    // pull ran at 49,000-50,000 records/s, with 32 MiB at 54,800-56,900 (peak RSS +16 MiB).
    db.exec("PRAGMA cache_size=-32768");
    db.exec("PRAGMA temp_store=MEMORY");
    // Checkpoint every 64 MiB of WAL rather than SQLite's 1000 pages: a page the pull
    // dirties again and again is then copied into the file once per checkpoint, not once
    // per few commits. In bytes, since an existing cache may have other pages.
    const qint64 pageSize = db.scalarInt("PRAGMA page_size");
    const QByteArray checkpoint = "PRAGMA wal_autocheckpoint=" +
                                  QByteArray::number((64 << 20) / std::max<qint64>(pageSize, 512));
    db.exec(checkpoint.constData());
}

// Caches up to this size are checked page by page on every open (about a second).
constexpr qint64 kAlwaysCheckBytes = 256ll << 20;

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

QString CacheFile::damage(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    if (!looksLikeSqlite(path))
        return tr("it is not an SQLite database");
    try {
        Database db = Database::open(path);
        // The schema is read from page 1 and sqlite_schema's pages: a file whose header or
        // schema is garbage fails here, at once, whatever its size.
        db.scalarInt("SELECT count(*) FROM sqlite_schema");
        // A full quick_check reads every page: ~10 s for a 1 GB city cache, on every start.
        // It runs for small caches, and for large ones only when the last writer did not
        // close cleanly (it left a non-empty WAL behind: a crash, a kill, a power cut), which
        // is when damage is likely. Damage found later while reading is reported where it
        // is met, and `yiping cache verify` checks everything on demand.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        const bool uncleanClose = wal.exists() && wal.size() > 0;
        if (info.size() > kAlwaysCheckBytes && !uncleanClose)
            return {};
        Statement check(db, "PRAGMA quick_check");
        QStringList problems;
        while (check.step())
            if (const QString line = check.columnText(0); line != QLatin1StringView("ok"))
                problems.append(line);
        if (!problems.isEmpty())
            return tr("the integrity check failed (%1)")
                .arg(problems.mid(0, 3).join(QStringLiteral("; ")));
    } catch (const SqlError &e) {
        return e.message();
    }
    return {};
}

QList<CacheFile::Pending> CacheFile::readPending(const QString &path, QString *error)
{
    QList<Pending> out;
    if (!looksLikeSqlite(path))
        return out;
    try {
        Database db = Database::open(path, true);
        // Lets SQLite read a file shorter than its header claims (a truncated cache)
        // instead of refusing it whole; read-only, so nothing is written back.
        db.exec("PRAGMA writable_schema=ON");
        Statement st(db, "SELECT id, json, base_rev, queued_at, attempts, conflict "
                         "FROM pending_annotation");
        while (st.step())
            out.append({st.columnText(0), st.columnBytes(1), st.columnInt(2), st.columnInt(3),
                        st.columnInt(4), st.columnBytes(5)});
    } catch (const SqlError &e) {
        // A cache too young to have the queue table has nothing pending.
        if (!e.message().contains(QLatin1StringView("no such table")))
            *error = e.message();
    }
    return out;
}

Database CacheFile::openFresh(const QString &path)
{
    Database db = Database::open(path);
    configure(db);
    Schema::migrate(db);
    return db;
}

Store::OpenResult CacheFile::open(const QString &path)
{
    Store::OpenResult result;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString why = damage(path);
    try {
        if (why.isEmpty()) {
            Database db = Database::open(path);
            const int version = Schema::version(db);
            if (version > Schema::kCurrentVersion) {
                result.error = tr("The cache %1 was written by a newer version of Yiping "
                                  "(schema %2, this version reads up to %3). It was left "
                                  "untouched; update Yiping or choose another cache file.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(Schema::kCurrentVersion);
                return result;
            }
            configure(db);
            Schema::migrate(db);
            result.store.reset(new Store(std::move(db), path));
            return result;
        }

        QString pendingError;
        const QList<Pending> pending = readPending(path, &pendingError);
        const QString aside =
            path + QStringLiteral(".damaged-") +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString from = path + QLatin1StringView(suffix);
            if (QFile::exists(from) && !QFile::rename(from, aside + QLatin1StringView(suffix))) {
                result.error =
                    tr("The cache %1 is damaged (%2) and could not be moved aside.").arg(path, why);
                return result;
            }
        }
        Database db = openFresh(path);
        {
            Transaction tx(db);
            Statement insert(db, "INSERT OR REPLACE INTO pending_annotation"
                                 "(id, json, base_rev, queued_at, attempts, conflict) "
                                 "VALUES(?,?,?,?,?,?)");
            for (const Pending &p : pending) {
                insert.bindText(1, p.id).bind(2, p.json).bind(3, p.baseRev).bind(4, p.queuedAt);
                insert.bind(5, p.attempts).bind(6, p.conflict);
                insert.run();
            }
            tx.commit();
        }
        result.notices.append(tr("The cache %1 was damaged (%2). It was moved to %3 and an "
                                 "empty cache was created; data will be pulled again.")
                                  .arg(path, why, aside));
        if (!pending.isEmpty())
            result.notices.append(tr("%n local annotation(s) not yet uploaded were recovered.",
                                     nullptr, int(pending.size())));
        if (!pendingError.isEmpty())
            result.notices.append(tr("Local annotations could not all be read from the damaged "
                                     "file (%1); it is kept at %2.")
                                      .arg(pendingError, aside));
        result.store.reset(new Store(std::move(db), path));
    } catch (const SqlError &e) {
        result.store.reset();
        result.error = tr("The cache %1 cannot be opened: %2").arg(path, e.message());
    }
    return result;
}

} // namespace yiping::store
