#include "city/CityManifest.h"

#include "city/DataPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yiping {

bool CityManifest::load(const QString &dir, CityManifest *out, QString *error)
{
    const QString path = QDir(dir).filePath(QStringLiteral("city.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open the city description %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error =
            tr("The city description %1 is not valid JSON: %2").arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    CityManifest m;
    m.code = o.value(QLatin1String("code")).toString();
    m.name = o.value(QLatin1String("name")).toString();
    m.nameEn = o.value(QLatin1String("name_en")).toString();
    m.crs = o.value(QLatin1String("crs")).toString(QStringLiteral("WGS-84"));
    const QString districts = o.value(QLatin1String("districts")).toString();
    if (m.code.isEmpty() || m.name.isEmpty() || districts.isEmpty()) {
        *error = tr("The city description %1 lacks its code, name or districts file").arg(path);
        return false;
    }
    m.districtsPath = QDir(dir).absoluteFilePath(districts);
    const QJsonArray sources = o.value(QLatin1String("sources")).toArray();
    for (const QJsonValue &v : sources) {
        const QJsonObject s = v.toObject();
        m.sources.append({s.value(QLatin1String("what")).toString(),
                          s.value(QLatin1String("what_zh")).toString(),
                          s.value(QLatin1String("origin")).toString(),
                          s.value(QLatin1String("licence")).toString(),
                          s.value(QLatin1String("url")).toString()});
    }
    *out = m;
    return true;
}

QString CityManifest::defaultCityDir()
{
    return DataPaths().cityDir();
}

} // namespace yiping
