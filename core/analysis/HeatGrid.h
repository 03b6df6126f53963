#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace yiping::analysis {

// Kernel density of weighted points on a regular grid in Web Mercator space (the heat
// layer's raster). The kernel is the quartic (biweight) kernel QGIS' heatmap uses:
// smooth, and exactly zero beyond the radius, so each point touches few cells.
class HeatGrid
{
public:
    // `area` in normalised Mercator units; `cellSize` the side of a cell in those units;
    // `radiusMetres` the kernel radius on the ground at the area's centre latitude.
    HeatGrid(const QRectF &area, double cellSize, double radiusMetres);

    void add(const QPointF &mercator, float weight = 1.0f);

    int width() const { return m_width; }
    int height() const { return m_height; }
    QRectF area() const { return m_area; }
    float at(int x, int y) const { return m_cells[qsizetype(y) * m_width + x]; }
    float maximum() const;
    // Density at a Mercator point (0 outside the grid).
    float valueAt(const QPointF &mercator) const;

private:
    QRectF m_area;
    double m_cell;
    double m_radius; // in Mercator units
    int m_width;
    int m_height;
    QList<float> m_cells;
};

} // namespace yiping::analysis
