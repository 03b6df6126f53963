#include "store/Indexer.h"

#include "domain/Time.h"
#include "store/SearchDocument.h"
#include "store/TableSpec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <optional>

namespace yiping::store {

using domain::Collection;

struct Indexer::Statements
{
    Statement select, insert, update, remove, geoInsert, geoDelete;
};

Indexer::Indexer(Database &db)
    : m_db(db)
{}

Indexer::~Indexer() = default;

Indexer::Statements &Indexer::statements(Collection c)
{
    std::unique_ptr<Statements> &slot = m_statements[size_t(c)];
    if (slot)
        return *slot;
    const TableSpec &spec = tableSpec(c);
    const QByteArray table(spec.table);
    QByteArray columns = "id,rev,json", params = "?1,?2,?3", sets = "id=?1,rev=?2,json=?3";
    int i = 4;
    for (const char *col : spec.columns) {
        const QByteArray p = '?' + QByteArray::number(i++);
        columns += ',' + QByteArray(col);
        params += ',' + p;
        sets += ',' + QByteArray(col) + '=' + p;
    }
    slot = std::make_unique<Statements>();
    slot->select = Statement(m_db, QByteArray("SELECT rid, rev FROM " + table + " WHERE id=?"));
    slot->insert = Statement(m_db, QByteArray("INSERT INTO " + table + '(' + columns + ") VALUES(" +
                                              params + ") ON CONFLICT(id) DO NOTHING"));
    slot->update = Statement(m_db, QByteArray("UPDATE " + table + " SET " + sets + " WHERE rid=?" +
                                              QByteArray::number(i)));
    slot->remove = Statement(m_db, QByteArray("DELETE FROM " + table + " WHERE rid=?"));
    if (spec.geoTable) {
        const QByteArray geo(spec.geoTable);
        slot->geoInsert =
            Statement(m_db, QByteArray("INSERT INTO " + geo + " VALUES(?1,?2,?2,?3,?3)"));
        slot->geoDelete = Statement(m_db, QByteArray("DELETE FROM " + geo + " WHERE id=?"));
    }
    return *slot;
}

RowBinder Indexer::bindRow(Statement &write, const TableSpec &spec, const QString &id, qint64 rev,
                           const QByteArray &json, const QJsonObject &record)
{
    write.bindText(1, id);
    write.bind(2, rev);
    write.bind(3, json);
    RowBinder binder(write, record);
    spec.bind(binder);
    return binder;
}

Indexer::Outcome Indexer::upsert(Collection c, const QJsonObject &record, const QByteArray &json)
{
    const TableSpec &spec = tableSpec(c);
    Statements &st = statements(c);
    const QString id = record.value(QLatin1StringView("id")).toString();
    const qint64 rev = record.value(QLatin1StringView("rev")).toInteger();

    // Most records of a pull are new. The insert detects a clash on id by itself, so only
    // a record already cached pays for the lookup (and for binding its row twice).
    std::optional<QPointF> location;
    std::optional<QRectF> bounds;
    {
        const RowBinder binder = bindRow(st.insert, spec, id, rev, json, record);
        st.insert.run();
        location = binder.location();
        bounds = binder.bounds();
    }
    qint64 rid = m_db.changes() > 0 ? m_db.lastInsertRowId() : 0;
    const Outcome outcome = rid ? Outcome::Inserted : Outcome::Updated;
    if (!rid) {
        st.select.bindText(1, id);
        const bool found = st.select.step();
        rid = found ? st.select.columnInt(0) : 0;
        const qint64 cachedRev = found ? st.select.columnInt(1) : 0;
        st.select.reset();
        if (!found)
            throw SqlError(SQLITE_INTERNAL,
                           QStringLiteral("record %1 clashed but is not cached").arg(id));
        if (cachedRev > rev)
            return Outcome::Stale;
        removeIndexes(spec, rid);
        const RowBinder binder = bindRow(st.update, spec, id, rev, json, record);
        st.update.bind(binder.next(), rid);
        st.update.run();
        location = binder.location();
        bounds = binder.bounds();
    }

    if (spec.geoTable && location) {
        st.geoInsert.bind(1, rid).bind(2, location->x()).bind(3, location->y());
        st.geoInsert.run();
    }
    if (c == Collection::Regions && bounds &&
        record.value(QLatin1StringView("level")).toInt() == 4) {
        if (!m_cellInsert.isValid())
            m_cellInsert = Statement(m_db, "INSERT INTO cells_geo VALUES(?,?,?,?,?)");
        const QRectF &b = *bounds;
        m_cellInsert.bind(1, rid)
            .bind(2, b.left())
            .bind(3, b.right())
            .bind(4, b.top())
            .bind(5, b.bottom());
        m_cellInsert.run();
        m_cellsChanged = true;
    }
    if (spec.searchKind)
        addIndexes(spec, rid, record);
    if (keepsPersonLinks(spec))
        addPersonLinks(spec, rid, record);
    return outcome;
}

// Kept here rather than by SQL triggers: a trigger re-parses each record's JSON with
// json_each, which cost a full city sync 17 s of its 66 s; the record is parsed already.
bool Indexer::keepsPersonLinks(const TableSpec &spec)
{
    if (spec.collection != Collection::Events && spec.collection != Collection::Cases &&
        spec.collection != Collection::Disputes)
        return false;
    if (m_hasLinksTable < 0)
        m_hasLinksTable = m_db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type='table' "
                                         "AND name='person_links'") > 0;
    return m_hasLinksTable > 0;
}

void Indexer::addPersonLinks(const TableSpec &spec, qint64 rid, const QJsonObject &record)
{
    const QJsonValue ids = record.value(QLatin1StringView("person_ids"));
    if (!ids.isArray())
        return;
    if (!m_linkInsert.isValid())
        m_linkInsert =
            Statement(m_db, "INSERT OR IGNORE INTO person_links(person_id, collection, rid) "
                            "VALUES(?,?,?)");
    const QByteArray table(spec.table);
    for (const QJsonValue &v : ids.toArray()) {
        if (!v.isString())
            continue;
        m_linkInsert.bindText(1, v.toString()).bind(2, table).bind(3, rid);
        m_linkInsert.run();
    }
}

void Indexer::addIndexes(const TableSpec &spec, qint64 rid, const QJsonObject &record)
{
    const SearchKind kind = SearchKind(spec.searchKind);
    const SearchDocument doc = SearchDocument::of(kind, record);
    const qint64 rowid = searchRowId(kind, rid);
    if (!doc.text.isEmpty()) {
        if (!m_textInsert.isValid())
            m_textInsert = Statement(m_db, "INSERT INTO search_text(rowid, text) VALUES(?,?)");
        m_textInsert.bind(1, rowid).bindText(2, doc.text);
        m_textInsert.run();
    }
    if (!doc.shortTokens.isEmpty()) {
        if (!m_shortInsert.isValid())
            m_shortInsert = Statement(m_db, "INSERT INTO search_short(rowid, tokens) VALUES(?,?)");
        m_shortInsert.bind(1, rowid).bindText(2, doc.shortTokens);
        m_shortInsert.run();
    }
}

void Indexer::removeIndexes(const TableSpec &spec, qint64 rid)
{
    Statements &st = statements(spec.collection);
    if (keepsPersonLinks(spec)) {
        if (!m_linkDelete.isValid())
            m_linkDelete = Statement(m_db, "DELETE FROM person_links WHERE collection=? AND rid=?");
        const QByteArray table(spec.table);
        m_linkDelete.bind(1, table).bind(2, rid);
        m_linkDelete.run();
    }
    if (spec.geoTable) {
        st.geoDelete.bind(1, rid);
        st.geoDelete.run();
    }
    if (spec.collection == Collection::Regions) {
        if (!m_cellDelete.isValid())
            m_cellDelete = Statement(m_db, "DELETE FROM cells_geo WHERE id=?");
        m_cellDelete.bind(1, rid);
        m_cellDelete.run();
        m_cellsChanged = true;
    }
    if (spec.searchKind) {
        if (!m_textDelete.isValid()) {
            m_textDelete = Statement(m_db, "DELETE FROM search_text WHERE rowid=?");
            m_shortDelete = Statement(m_db, "DELETE FROM search_short WHERE rowid=?");
        }
        const qint64 rowid = searchRowId(SearchKind(spec.searchKind), rid);
        m_textDelete.bind(1, rowid);
        m_textDelete.run();
        m_shortDelete.bind(1, rowid);
        m_shortDelete.run();
    }
}

bool Indexer::remove(Collection c, const QString &id)
{
    const TableSpec &spec = tableSpec(c);
    Statements &st = statements(c);
    st.select.bindText(1, id);
    if (!st.select.step()) {
        st.select.reset();
        return false;
    }
    const qint64 rid = st.select.columnInt(0);
    st.select.reset();
    removeIndexes(spec, rid);
    st.remove.bind(1, rid);
    st.remove.run();
    return true;
}

void Indexer::rebuildAll()
{
    for (Collection c : domain::kAllCollections) {
        const TableSpec &spec = tableSpec(c);
        if (!spec.geoTable && !spec.searchKind && c != Collection::Regions)
            continue;
        // Rows are rewritten while walking the table, so walk a list of their ids.
        QList<qint64> rids;
        Statement list(m_db, QByteArray("SELECT rid FROM " + QByteArray(spec.table)));
        while (list.step())
            rids.append(list.columnInt(0));
        Statement read(m_db,
                       QByteArray("SELECT json FROM " + QByteArray(spec.table) + " WHERE rid=?"));
        for (qint64 rid : std::as_const(rids)) {
            read.bind(1, rid);
            if (!read.step())
                continue;
            const QByteArray json = read.columnBytes(0);
            read.reset();
            // Re-running the upsert on the row itself refreshes columns and every index.
            upsert(c, QJsonDocument::fromJson(json).object(), json);
        }
    }
}

} // namespace yiping::store
