#pragma once

#include "domain/Collection.h"
#include "store/Sqlite.h"

#include <QJsonObject>

#include <array>
#include <memory>
#include <utility>

namespace yiping::store {

struct TableSpec;
class RowBinder;

// Writes records into their collection table and keeps the search and spatial indexes in
// step. Holds its prepared statements for the life of a bulk write. Callers own the
// transaction and validate records first.
class Indexer
{
public:
    explicit Indexer(Database &db);
    ~Indexer();

    enum class Outcome { Inserted, Updated, Stale };
    // `json` is the record as received, kept verbatim for forward compatibility.
    Outcome upsert(domain::Collection c, const QJsonObject &record, const QByteArray &json);
    bool remove(domain::Collection c, const QString &id);
    // Rebuilds the search and spatial indexes from the cached rows (schema migration).
    void rebuildAll();
    // True once after grid cells were written or removed (the caller drops its cell cache).
    bool takeCellsChanged() { return std::exchange(m_cellsChanged, false); }

private:
    struct Statements;
    Statements &statements(domain::Collection c);
    static RowBinder bindRow(Statement &write, const TableSpec &spec, const QString &id, qint64 rev,
                             const QByteArray &json, const QJsonObject &record);
    void addIndexes(const TableSpec &spec, qint64 rid, const QJsonObject &record);
    void removeIndexes(const TableSpec &spec, qint64 rid);
    // person_links (schema v3): which persons an event, case or dispute names.
    bool keepsPersonLinks(const TableSpec &spec);
    void addPersonLinks(const TableSpec &spec, qint64 rid, const QJsonObject &record);

    Database &m_db;
    std::array<std::unique_ptr<Statements>, domain::kCollectionCount> m_statements;
    Statement m_textInsert, m_textDelete, m_shortInsert, m_shortDelete, m_cellInsert, m_cellDelete;
    Statement m_linkInsert, m_linkDelete;
    int m_hasLinksTable = -1; // unknown until first needed: a v1/v2 file being migrated has none
    bool m_cellsChanged = false;
};

} // namespace yiping::store
