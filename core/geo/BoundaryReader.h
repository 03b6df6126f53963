#pragma once

#include "geo/Boundary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yiping::geo {

// Reads administrative boundaries (GeoJSON, GeoPackage, Shapefile: anything OGR reads)
// into Boundary values. The code comes from a `code`, `adcode` or `id` attribute (or the
// feature id), the name from `name`.
class BoundaryReader
{
    Q_DECLARE_TR_FUNCTIONS(BoundaryReader)

public:
    struct Result
    {
        QList<Boundary> boundaries;
        QString error; // empty on success; a sentence for the user otherwise
        bool ok() const { return error.isEmpty(); }
    };

    static Result read(const QString &path);
};

} // namespace yiping::geo
