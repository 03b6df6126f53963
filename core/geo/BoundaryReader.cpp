#include "geo/BoundaryReader.h"

#include "geo/GeoMath.h"
#include "geo/LabelPoint.h"

#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <mutex>

namespace yiping::geo {

namespace {

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// Keeps GDAL from printing to stderr while we read; we turn its last message into ours.
struct QuietGdal
{
    QuietGdal()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdal() { CPLPopErrorHandler(); }
};

QString gdalMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

bool validLonLat(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= 180 &&
           std::abs(p.y()) <= 90;
}

bool readRing(const OGRLinearRing *ring, QList<QPointF> &out)
{
    out.reserve(ring->getNumPoints());
    for (int i = 0; i < ring->getNumPoints(); ++i) {
        const QPointF p(ring->getX(i), ring->getY(i));
        if (!validLonLat(p))
            return false;
        out.append(p);
    }
    return out.size() >= 4;
}

bool readPolygon(const OGRPolygon *poly, GeoPolygon &out)
{
    if (poly->IsEmpty())
        return false;
    QList<QPointF> shell;
    if (!readRing(poly->getExteriorRing(), shell))
        return false;
    out.rings.append(shell);
    for (int i = 0; i < poly->getNumInteriorRings(); ++i) {
        QList<QPointF> hole;
        if (!readRing(poly->getInteriorRing(i), hole))
            return false;
        out.rings.append(hole);
    }
    return true;
}

bool readShape(const OGRGeometry *g, GeoMultiPolygon &out)
{
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon: {
        GeoPolygon p;
        if (!readPolygon(g->toPolygon(), p))
            return false;
        out.append(p);
        return true;
    }
    case wkbMultiPolygon:
        for (const OGRPolygon *part : *g->toMultiPolygon()) {
            GeoPolygon p;
            if (!readPolygon(part, p))
                return false;
            out.append(p);
        }
        return !out.isEmpty();
    default:
        return false;
    }
}

QString attribute(const OGRFeature &f, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const int i = f.GetFieldIndex(name);
        if (i >= 0 && f.IsFieldSetAndNotNull(i))
            return QString::fromUtf8(f.GetFieldAsString(i)).trimmed();
    }
    return {};
}

} // namespace

BoundaryReader::Result BoundaryReader::read(const QString &path)
{
    registerDrivers();
    QuietGdal quiet;
    Result result;

    if (!QFileInfo::exists(path)) {
        result.error = tr("Boundary file not found: %1").arg(path);
        return result;
    }
    const QByteArray nativePath = path.toUtf8();
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(nativePath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds || ds->GetLayerCount() < 1) {
        result.error =
            tr("Cannot read boundary file %1: %2")
                .arg(path, gdalMessage().isEmpty() ? tr("not a vector data file") : gdalMessage());
        return result;
    }

    OGRLayer *layer = ds->GetLayer(0);
    int index = 0;
    for (const auto &feature : *layer) {
        ++index;
        const OGRGeometry *g = feature->GetGeometryRef();
        Boundary b;
        b.name = attribute(*feature, {"name", "NAME"});
        b.code = attribute(*feature, {"code", "adcode", "id"});
        if (b.code.isEmpty() && feature->GetFID() != OGRNullFID)
            b.code = QString::number(feature->GetFID());
        if (!g || !readShape(g, b.shape)) {
            result.boundaries.clear();
            result.error = tr("Boundary file %1: feature %2 (%3) has no valid polygon "
                              "geometry in longitude/latitude degrees")
                               .arg(path)
                               .arg(index)
                               .arg(b.name.isEmpty() ? b.code : b.name);
            return result;
        }
        b.areaKm2 = sphericalAreaKm2(b.shape);
        b.labelPoint = labelPoint(b.shape);
        result.boundaries.append(std::move(b));
    }
    if (result.boundaries.isEmpty()) {
        const QString why = gdalMessage();
        result.error = why.isEmpty() ? tr("Boundary file %1 holds no features").arg(path)
                                     : tr("Cannot read boundary file %1: %2").arg(path, why);
    }
    return result;
}

} // namespace yiping::geo
