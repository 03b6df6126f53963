#pragma once

#include "geo/GeoPolygon.h"
#include "store/Sqlite.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace yiping::store {

// Which grid cell (region level 4) contains a point. The cells (those in the cells_geo
// R*Tree) are loaded once into memory, a city has a few thousand, and bucketed by their
// bounding boxes into a uniform grid; an exact even-odd test on the cell's polygon
// decides among a bucket's candidates. Asking SQLite per point cost more than the test
// itself. The copy is dropped when regions change.
class CellLocator
{
public:
    explicit CellLocator(Database &db);

    // The id of the cell containing `lonLat`, or an empty string (outside every cell, or in
    // a hole). On a shared border the cell stored first wins.
    QString cellAt(const QPointF &lonLat);
    void invalidate();

private:
    struct Cell
    {
        QString id;
        QRectF box; // exact, of the outer rings
        geo::GeoMultiPolygon shape;
    };
    void load();
    int column(double lon) const;
    int row(double lat) const;

    Database &m_db;
    bool m_loaded = false;
    std::vector<Cell> m_cells;
    // Bucket (row * m_columns + column) → indexes into m_cells whose box touches it, in
    // m_cells order.
    std::vector<std::vector<int>> m_buckets;
    QRectF m_extent;
    int m_columns = 0, m_rows = 0;
    double m_bucketWidth = 0, m_bucketHeight = 0;
};

} // namespace yiping::store
