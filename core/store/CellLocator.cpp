#include "store/CellLocator.h"

#include "domain/Places.h"
#include "geo/GeoMath.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace yiping::store {

CellLocator::CellLocator(Database &db)
    : m_db(db)
{}

void CellLocator::invalidate()
{
    m_loaded = false;
    m_cells.clear();
    m_buckets.clear();
}

int CellLocator::column(double lon) const
{
    return std::clamp(int(std::floor((lon - m_extent.left()) / m_bucketWidth)), 0, m_columns - 1);
}

int CellLocator::row(double lat) const
{
    return std::clamp(int(std::floor((lat - m_extent.top()) / m_bucketHeight)), 0, m_rows - 1);
}

void CellLocator::load()
{
    m_loaded = true;
    // cells_geo holds exactly the level-4 regions; rid order keeps "first stored wins".
    Statement st(m_db, "SELECT r.id, r.json FROM cells_geo g JOIN regions r ON r.rid=g.id "
                       "ORDER BY r.rid");
    while (st.step()) {
        Cell c;
        c.id = st.columnText(0);
        const QJsonObject region = QJsonDocument::fromJson(st.columnBytes(1)).object();
        c.shape = domain::parsePolygonal(region.value(QLatin1StringView("geometry")).toObject());
        c.box = geo::boundsOf(c.shape);
        if (c.box.isNull())
            continue;
        m_extent = m_extent.isNull() ? c.box : m_extent.united(c.box);
        m_cells.push_back(std::move(c));
    }
    if (m_cells.empty())
        return;
    // About one cell per bucket: a regular city grid then gives one or two candidates.
    const int side = std::clamp(int(std::ceil(std::sqrt(double(m_cells.size())))), 1, 1024);
    m_columns = m_extent.width() > 0 ? side : 1;
    m_rows = m_extent.height() > 0 ? side : 1;
    m_bucketWidth = m_extent.width() > 0 ? m_extent.width() / m_columns : 1;
    m_bucketHeight = m_extent.height() > 0 ? m_extent.height() / m_rows : 1;
    m_buckets.assign(size_t(m_columns) * size_t(m_rows), {});
    // The same floor() as the lookup, so a point inside a box always lands in one of the
    // buckets the box was entered in.
    for (int i = 0; i < int(m_cells.size()); ++i) {
        const QRectF &b = m_cells[size_t(i)].box;
        for (int y = row(b.top()); y <= row(b.bottom()); ++y)
            for (int x = column(b.left()); x <= column(b.right()); ++x)
                m_buckets[size_t(y) * size_t(m_columns) + size_t(x)].push_back(i);
    }
}

QString CellLocator::cellAt(const QPointF &p)
{
    if (!m_loaded)
        load();
    // Written as "not inside" so that NaN coordinates are outside too.
    if (m_cells.empty() || !(p.x() >= m_extent.left() && p.x() <= m_extent.right() &&
                             p.y() >= m_extent.top() && p.y() <= m_extent.bottom()))
        return {};
    for (const int i : m_buckets[size_t(row(p.y())) * size_t(m_columns) + size_t(column(p.x()))]) {
        const Cell &c = m_cells[size_t(i)];
        if (p.x() >= c.box.left() && p.x() <= c.box.right() && p.y() >= c.box.top() &&
            p.y() <= c.box.bottom() && geo::contains(c.shape, p))
            return c.id;
    }
    return {};
}

} // namespace yiping::store
