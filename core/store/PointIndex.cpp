#include "store/PointIndex.h"

#include "store/TableSpec.h"

namespace yiping::store {

QList<PointIndex::Point> PointIndex::pointsIn(domain::Collection c, const QRectF &rect, int limit)
{
    const TableSpec &spec = tableSpec(c);
    QList<Point> out;
    if (!spec.geoTable)
        return out;
    // The R*Tree stores 32-bit floats rounded outwards; the exact test is on the columns.
    const QByteArray table(spec.table), geo(spec.geoTable);
    const QByteArray sql = "SELECT t.id, t.lon, t.lat FROM " + geo + " g JOIN " + table +
                           " t ON t.rid=g.id WHERE g.max_lon>=?1 AND g.min_lon<=?2 AND "
                           "g.max_lat>=?3 AND g.min_lat<=?4 AND t.lon BETWEEN ?1 AND ?2 AND "
                           "t.lat BETWEEN ?3 AND ?4 LIMIT ?5";
    Statement st(m_db, sql.constData());
    st.bind(1, rect.left()).bind(2, rect.right()).bind(3, rect.top()).bind(4, rect.bottom());
    st.bind(5, qint64(limit));
    while (st.step())
        out.append({st.columnText(0), QPointF(st.columnDouble(1), st.columnDouble(2))});
    return out;
}

} // namespace yiping::store
