#include "store/Store.h"

#include "domain/RecordCheck.h"
#include "store/CellLocator.h"
#include "store/TableSpec.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace yiping::store {

using domain::Collection;
using domain::RecordCheck;

Store::Store(Database db, const QString &path)
    : m_db(std::move(db))
    , m_path(path)
    , m_indexer(m_db)
    , m_cells(std::make_unique<CellLocator>(m_db))
{}

Store::~Store() = default;

QString Store::defaultPath(const QString &user, const QString &server)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = user + QLatin1Char('@') + server;
    name.replace(unsafe, QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/caches/") + name + QStringLiteral(".sqlite");
}

template<typename ItemAt>
Store::PageResult Store::applyItems(Collection c, qsizetype n, ItemAt itemAt, qint64 nextCursor)
{
    PageResult result;
    try {
        Transaction tx(m_db);
        for (qsizetype i = 0; i < n; ++i) {
            QByteArray json;
            QJsonObject record;
            if (!itemAt(i, &record, &json)) {
                result.error = tr("%1: item %2 of the page is not a JSON object")
                                   .arg(domain::collectionName(c))
                                   .arg(i + 1);
                return result;
            }
            if (const QString why = RecordCheck::violation(c, record); !why.isEmpty()) {
                result.error = tr("%1: item %2 of the page rejected: %3")
                                   .arg(domain::collectionName(c))
                                   .arg(i + 1)
                                   .arg(why);
                return result;
            }
            if (RecordCheck::isTombstone(record)) {
                result.deleted +=
                    m_indexer.remove(c, record.value(QLatin1StringView("id")).toString());
                continue;
            }
            switch (m_indexer.upsert(c, record, json)) {
            case Indexer::Outcome::Inserted:
            case Indexer::Outcome::Updated:
                ++result.upserted;
                break;
            case Indexer::Outcome::Stale:
                ++result.stale;
                break;
            }
        }
        Statement st(m_db, "INSERT INTO sync_cursor(collection, cursor, last_sync) VALUES(?,?,?) "
                           "ON CONFLICT(collection) DO UPDATE SET "
                           "cursor=max(cursor, excluded.cursor), last_sync=excluded.last_sync "
                           "RETURNING cursor");
        st.bindText(1, QString(domain::collectionName(c)))
            .bind(2, nextCursor)
            .bind(3, QDateTime::currentSecsSinceEpoch());
        if (st.step())
            result.cursor = st.columnInt(0);
        st.reset();
        tx.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result = PageResult();
        result.error =
            tr("%1: the page could not be stored: %2").arg(domain::collectionName(c), e.message());
    }
    if (c == Collection::Regions && m_indexer.takeCellsChanged())
        m_cells->invalidate();
    return result;
}

Store::PageResult Store::applyPage(Collection c, const QList<QByteArray> &items, qint64 nextCursor)
{
    return applyItems(
        c, items.size(),
        [&items](qsizetype i, QJsonObject *record, QByteArray *json) {
            const QJsonDocument doc = QJsonDocument::fromJson(items[i]);
            *record = doc.object();
            *json = items[i];
            return doc.isObject();
        },
        nextCursor);
}

Store::PageResult Store::applyPage(Collection c, const QList<QByteArray> &items,
                                   const QList<QJsonObject> &objects, qint64 nextCursor)
{
    Q_ASSERT(items.size() == objects.size());
    return applyItems(
        c, items.size(),
        [&items, &objects](qsizetype i, QJsonObject *record, QByteArray *json) {
            *record = objects[i];
            *json = items[i];
            return true;
        },
        nextCursor);
}

Store::PageResult Store::applyPage(Collection c, const QJsonArray &items, qint64 nextCursor)
{
    return applyItems(
        c, items.size(),
        [&items](qsizetype i, QJsonObject *record, QByteArray *json) {
            *record = items[i].toObject();
            *json = QJsonDocument(*record).toJson(QJsonDocument::Compact);
            return items[i].isObject();
        },
        nextCursor);
}

qint64 Store::cursor(Collection c)
{
    Statement st(m_db, "SELECT cursor FROM sync_cursor WHERE collection=?");
    st.bindText(1, QString(domain::collectionName(c)));
    return st.step() ? st.columnInt(0) : 0;
}

std::optional<qint64> Store::lastSync(Collection c)
{
    Statement st(m_db, "SELECT last_sync FROM sync_cursor WHERE collection=?");
    st.bindText(1, QString(domain::collectionName(c)));
    if (st.step() && !st.isNull(0))
        return st.columnInt(0);
    return std::nullopt;
}

qint64 Store::count(Collection c)
{
    const QByteArray sql = "SELECT count(*) FROM " + QByteArray(tableSpec(c).table);
    return m_db.scalarInt(sql.constData());
}

void Store::resetCollection(Collection c)
{
    Transaction tx(m_db);
    QList<QString> ids;
    {
        Statement st(m_db, QByteArray("SELECT id FROM " + QByteArray(tableSpec(c).table)));
        while (st.step())
            ids.append(st.columnText(0));
    }
    for (const QString &id : std::as_const(ids))
        m_indexer.remove(c, id);
    Statement st(m_db, "DELETE FROM sync_cursor WHERE collection=?");
    st.bindText(1, QString(domain::collectionName(c)));
    st.run();
    tx.commit();
    if (c == Collection::Regions)
        m_cells->invalidate();
}

QString Store::verify()
{
    try {
        QStringList problems;
        Statement integrity(m_db, "PRAGMA integrity_check");
        while (integrity.step())
            if (const QString line = integrity.columnText(0); line != QLatin1StringView("ok"))
                problems.append(line);
        if (!problems.isEmpty())
            return tr("integrity check failed: %1").arg(problems.join(QStringLiteral("; ")));
        for (const char *fts : {"search_text", "search_short"}) {
            const QByteArray sql =
                "INSERT INTO " + QByteArray(fts) + '(' + fts + ") VALUES('integrity-check')";
            m_db.exec(sql.constData());
        }
        for (Collection c : domain::kAllCollections) {
            const char *geo = tableSpec(c).geoTable;
            if (!geo)
                continue;
            Statement check(m_db, "SELECT rtreecheck(?)");
            check.bindStatic(1, geo);
            if (check.step() && check.columnText(0) != QLatin1StringView("ok"))
                return tr("spatial index %1 is inconsistent: %2")
                    .arg(QLatin1StringView(geo), check.columnText(0));
            const QByteArray table(tableSpec(c).table);
            const QByteArray located = "SELECT count(*) FROM " + table + " WHERE lon IS NOT NULL";
            const QByteArray indexed = "SELECT count(*) FROM " + QByteArray(geo);
            if (m_db.scalarInt(located.constData()) != m_db.scalarInt(indexed.constData()))
                return tr("spatial index %1 is out of step with its table")
                    .arg(QLatin1StringView(geo));
        }
    } catch (const SqlError &e) {
        return tr("integrity check failed: %1").arg(e.message());
    }
    return {};
}

} // namespace yiping::store
