#include "city/CityManifest.h"
#include "geo/BoundaryReader.h"
#include "geo/GeoMath.h"
#include "geo/Triangulation.h"

#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

using namespace yiping;
using namespace yiping::geo;

namespace {

QString districtsPath()
{
    return QStringLiteral(YIPING_SOURCE_DATA_DIR "/putian/districts.geojson");
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

// The ellipsoidal geodesic area GDAL computes (GeographicLib through OGR), in km².
QHash<QString, double> gdalGeodesicAreas()
{
    GDALAllRegister();
    QHash<QString, double> areas;
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(districtsPath().toUtf8().constData(), GDAL_OF_VECTOR));
    if (!ds)
        return areas;
    for (const auto &f : *ds->GetLayer(0)) {
        const QString code = QString::fromUtf8(f->GetFieldAsString("id"));
        areas.insert(code, OGR_G_GeodesicArea(OGRGeometry::ToHandle(f->GetGeometryRef())) / 1e6);
    }
    return areas;
}

} // namespace

class TestBoundaryReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsThePutianDistricts()
    {
        const auto result = BoundaryReader::read(districtsPath());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.boundaries.size(), 5);
        QMap<QString, QString> names;
        for (const Boundary &b : result.boundaries)
            names.insert(b.code, b.name);
        const QMap<QString, QString> expected = {
            {QStringLiteral("350302"), QStringLiteral("城厢区")},
            {QStringLiteral("350303"), QStringLiteral("涵江区")},
            {QStringLiteral("350304"), QStringLiteral("荔城区")},
            {QStringLiteral("350305"), QStringLiteral("秀屿区")},
            {QStringLiteral("350322"), QStringLiteral("仙游县")},
        };
        QCOMPARE(names, expected);
    }

    void areasMatchGdalGeodesicAreas()
    {
        const auto result = BoundaryReader::read(districtsPath());
        QVERIFY(result.ok());
        const QHash<QString, double> reference = gdalGeodesicAreas();
        QCOMPARE(reference.size(), 5);
        double total = 0;
        for (const Boundary &b : result.boundaries) {
            const double ref = reference.value(b.code);
            QVERIFY2(ref > 100, qPrintable(b.code));
            const double error = std::abs(b.areaKm2 - ref) / ref;
            QVERIFY2(error < 0.01, qPrintable(QStringLiteral("%1: %2 km² vs GDAL %3 km²")
                                                  .arg(b.code)
                                                  .arg(b.areaKm2)
                                                  .arg(ref)));
            total += b.areaKm2;
        }
        // Putian's land area is about 4,200 km² (islands and sea areas vary by source).
        QVERIFY2(total > 3500 && total < 4600, qPrintable(QString::number(total)));
    }

    void labelPointsLieInside()
    {
        const auto result = BoundaryReader::read(districtsPath());
        for (const Boundary &b : result.boundaries)
            QVERIFY2(contains(b.shape, b.labelPoint), qPrintable(b.code));
    }

    void triangulationCoversThePolygon()
    {
        const auto result = BoundaryReader::read(districtsPath());
        for (const Boundary &b : result.boundaries) {
            for (const GeoPolygon &polygon : b.shape) {
                const QList<QPointF> tris =
                    triangulate(polygon, [](const QPointF &p) { return p; });
                QVERIFY(tris.size() % 3 == 0);
                double triArea = 0;
                for (qsizetype i = 0; i < tris.size(); i += 3) {
                    const QPointF a = tris[i], c = tris[i + 1], d = tris[i + 2];
                    triArea += std::abs((c.x() - a.x()) * (d.y() - a.y()) -
                                        (d.x() - a.x()) * (c.y() - a.y())) /
                               2;
                }
                double ringArea = 0;
                for (qsizetype r = 0; r < polygon.rings.size(); ++r) {
                    const auto &ring = polygon.rings[r];
                    double s = 0;
                    for (qsizetype i = 0; i + 1 < ring.size(); ++i)
                        s += ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
                    ringArea += (r == 0 ? 1 : -1) * std::abs(s) / 2;
                }
                // Degenerate slivers of the source data (zero area) give no triangles.
                QVERIFY2(
                    std::abs(triArea - ringArea) <= 1e-3 * ringArea + 1e-12,
                    qPrintable(
                        QStringLiteral("%1: %2 vs %3").arg(b.code).arg(triArea).arg(ringArea)));
            }
        }
    }

    void cityManifestNamesItsSources()
    {
        CityManifest city;
        QString error;
        QVERIFY2(
            CityManifest::load(QStringLiteral(YIPING_SOURCE_DATA_DIR "/putian"), &city, &error),
            qPrintable(error));
        QCOMPARE(city.code, QStringLiteral("350300"));
        QCOMPARE(city.crs, QStringLiteral("GCJ-02"));
        QVERIFY(!city.sources.isEmpty());
        QCOMPARE(city.sources.first().licence, QStringLiteral("MIT"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("truncated JSON")
            << QByteArray(
                   "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geo")
            << QStringLiteral("Cannot read");
        QTest::newRow("not geodata")
            << QByteArray("hello, this is not a map\n") << QStringLiteral("Cannot read");
        QTest::newRow("point instead of polygon")
            << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                          "\"properties\":{\"name\":\"x\"},\"geometry\":{\"type\":\"Point\","
                          "\"coordinates\":[1,2]}}]}")
            << QStringLiteral("no valid polygon");
        QTest::newRow("coordinates out of range")
            << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                          "\"properties\":{\"name\":\"x\"},\"geometry\":{\"type\":\"Polygon\","
                          "\"coordinates\":"
                          "[[[0,0],[500,0],[500,10],[0,0]]]}}]}")
            << QStringLiteral("no valid polygon");
        QTest::newRow("no features")
            << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[]}")
            << QStringLiteral("no features");
    }

    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "bad.geojson", content);
        const auto result = BoundaryReader::read(path);
        QVERIFY(!result.ok());
        QVERIFY(result.boundaries.isEmpty());
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
    }

    void missingFile()
    {
        const auto result = BoundaryReader::read(QStringLiteral("/nonexistent/districts.geojson"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("not found")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestBoundaryReader)
#include "tst_boundaryreader.moc"
