#include "store/Repository.h"

#include "store/TableSpec.h"

#include <algorithm>
#include <cstring>

namespace yiping::store {

std::optional<QByteArray> RecordReader::byId(const QString &id)
{
    const QByteArray sql =
        "SELECT json FROM " + QByteArray(tableSpec(m_collection).table) + " WHERE id=?";
    Statement st(m_db, sql.constData());
    st.bindText(1, id);
    if (st.step())
        return st.columnBytes(0);
    return std::nullopt;
}

QList<QByteArray> RecordReader::where(const char *column, const QString &value, int limit)
{
    const TableSpec &spec = tableSpec(m_collection);
    // Only a known column name ever reaches the SQL text.
    const bool known = std::any_of(spec.columns.begin(), spec.columns.end(),
                                   [column](const char *c) { return std::strcmp(c, column) == 0; });
    QList<QByteArray> out;
    if (!known)
        return out;
    const QByteArray sql = "SELECT json FROM " + QByteArray(spec.table) + " WHERE " +
                           QByteArray(column) + "=? ORDER BY rid LIMIT ?";
    Statement st(m_db, sql.constData());
    st.bindText(1, value).bind(2, qint64(limit));
    while (st.step())
        out.append(st.columnBytes(0));
    return out;
}

QList<QByteArray> RecordReader::all(int limit, int offset)
{
    const QByteArray sql = "SELECT json FROM " + QByteArray(tableSpec(m_collection).table) +
                           " ORDER BY rid LIMIT ? OFFSET ?";
    Statement st(m_db, sql.constData());
    st.bind(1, qint64(limit)).bind(2, qint64(offset));
    QList<QByteArray> out;
    while (st.step())
        out.append(st.columnBytes(0));
    return out;
}

} // namespace yiping::store
