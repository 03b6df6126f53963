#pragma once

#include "domain/Collection.h"
#include "store/Sqlite.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace yiping::store {

// Records with a point (persons, sites, orgs, events, disputes, tracks) inside a
// longitude/latitude rectangle, through their R*Tree.
class PointIndex
{
public:
    explicit PointIndex(Database &db)
        : m_db(db)
    {}

    struct Point
    {
        QString id;
        QPointF lonLat;
    };
    // Rectangle in degrees: x = longitude, y = latitude (QRectF(QPointF(w, s), QPointF(e, n))).
    // Collections without points give an empty list. limit < 0: no limit.
    QList<Point> pointsIn(domain::Collection c, const QRectF &rect, int limit = -1);

private:
    Database &m_db;
};

} // namespace yiping::store
