#include "analysis/HeatGrid.h"

#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>

namespace yiping::analysis {

HeatGrid::HeatGrid(const QRectF &area, double cellSize, double radiusMetres)
    : m_area(area)
    , m_cell(cellSize)
    , m_width(std::max(1, int(std::ceil(area.width() / cellSize))))
    , m_height(std::max(1, int(std::ceil(area.height() / cellSize))))
{
    // Metres to Mercator units at the centre latitude (Mercator stretches by 1/cos(lat)).
    const double lat = geo::WebMercator::unproject(area.center()).y();
    m_radius =
        radiusMetres / (geo::WebMercator::metresPerPixel(lat, 0) * geo::WebMercator::kTileSize);
    m_cells.fill(0.0f, qsizetype(m_width) * m_height);
}

void HeatGrid::add(const QPointF &mercator, float weight)
{
    const double gx = (mercator.x() - m_area.left()) / m_cell;
    const double gy = (mercator.y() - m_area.top()) / m_cell;
    const double r = m_radius / m_cell; // radius in cells
    const int x0 = std::max(0, int(std::floor(gx - r)));
    const int x1 = std::min(m_width - 1, int(std::ceil(gx + r)));
    const int y0 = std::max(0, int(std::floor(gy - r)));
    const int y1 = std::min(m_height - 1, int(std::ceil(gy + r)));
    const double r2 = r * r;
    for (int y = y0; y <= y1; ++y) {
        const double dy = y + 0.5 - gy;
        for (int x = x0; x <= x1; ++x) {
            const double dx = x + 0.5 - gx;
            const double d2 = (dx * dx + dy * dy) / r2;
            if (d2 >= 1)
                continue;
            const double k = 1 - d2;
            m_cells[qsizetype(y) * m_width + x] += float(weight * k * k);
        }
    }
}

float HeatGrid::maximum() const
{
    return m_cells.isEmpty() ? 0.0f : *std::max_element(m_cells.cbegin(), m_cells.cend());
}

float HeatGrid::valueAt(const QPointF &mercator) const
{
    const int x = int(std::floor((mercator.x() - m_area.left()) / m_cell));
    const int y = int(std::floor((mercator.y() - m_area.top()) / m_cell));
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return 0.0f;
    return at(x, y);
}

} // namespace yiping::analysis
