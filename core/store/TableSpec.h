#pragma once

#include "domain/Collection.h"
#include "store/Sqlite.h"

#include <QJsonObject>
#include <QPointF>
#include <QRectF>

#include <optional>
#include <vector>

namespace yiping::store {

// Binds a record's fields to the column parameters of a collection's INSERT/UPDATE, in the
// order of TableSpec::columns (parameters 1..3 are id, rev, json). Fields absent from the
// record bind NULL. Remembers the point it bound for the spatial index.
class RowBinder
{
public:
    RowBinder(Statement &st, const QJsonObject &o)
        : m_st(st)
        , m_o(o)
    {}

    void text(const char *key);
    void integer(const char *key);
    void real(const char *key);
    void time(const char *key);                  // RFC 3339 → epoch seconds
    void lonLat(const char *key);                // two columns: lon, lat
    void ref(const char *key);                   // two columns: type, id of a {"type","id"} object
    void shapeBounds(const char *key);           // four columns: min_lon, min_lat, max_lon, max_lat
    void point(const std::optional<QPointF> &p); // two columns
    int next() const { return m_next; }
    const std::optional<QPointF> &location() const { return m_location; }
    const std::optional<QRectF> &bounds() const { return m_box; }

private:
    Statement &m_st;
    const QJsonObject &m_o;
    int m_next = 4;
    std::optional<QPointF> m_location;
    std::optional<QRectF> m_box;

    void box(const std::optional<QRectF> &r);
};

// What the cache stores of one collection: its table, the columns pages query (after id,
// rev, json), how to fill them, and which indexes the records go into.
struct TableSpec
{
    domain::Collection collection;
    const char *table;
    std::vector<const char *> columns;
    void (*bind)(RowBinder &b);
    const char *geoTable = nullptr; // R*Tree of the record's point, if it has one
    int searchKind = 0;             // SearchKind of its search entries, 0 if not searched
};

const TableSpec &tableSpec(domain::Collection c);

} // namespace yiping::store
