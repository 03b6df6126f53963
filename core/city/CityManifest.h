#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yiping {

// One file the city's data was built from, with where it came from and its licence.
struct DataSource
{
    QString what;
    QString whatZh;
    QString origin;
    QString licence;
    QString url;
};

// What a city folder holds, read from its city.json: identity, the CRS of its
// coordinates, its boundary files and where each came from. A city is data, not code.
class CityManifest
{
    Q_DECLARE_TR_FUNCTIONS(CityManifest)

public:
    QString code;
    QString name;
    QString nameEn;
    QString crs;
    QString districtsPath; // absolute
    QList<DataSource> sources;

    // Reads DIR/city.json; on failure returns false and sets *error to a sentence.
    static bool load(const QString &dir, CityManifest *out, QString *error);

    // The bundled demo city's folder (see DataPaths).
    static QString defaultCityDir();
};

} // namespace yiping
