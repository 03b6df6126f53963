#include "Masking.h"

#include "security/Masking.h"

#include <QJsonDocument>

namespace yiping::server {

bool parseClearance(QStringView text, Clearance *out)
{
    if (text == QLatin1String("public"))
        *out = Clearance::Public;
    else if (text == QLatin1String("limited"))
        *out = Clearance::Limited;
    else if (text == QLatin1String("restricted"))
        *out = Clearance::Restricted;
    else
        return false;
    return true;
}

QString clearanceName(Clearance c)
{
    switch (c) {
    case Clearance::Public:
        return QStringLiteral("public");
    case Clearance::Limited:
        return QStringLiteral("limited");
    case Clearance::Restricted:
        break;
    }
    return QStringLiteral("restricted");
}

bool Viewer::maySee(int classification, const QByteArray &regionCode, bool isRegion) const
{
    if (classification > int(clearance))
        return false;
    // Records with no region are city-wide (e.g. a department's assessment).
    if (scopeCode.isEmpty() || regionCode.isEmpty())
        return true;
    return regionCode.startsWith(scopeCode) || (isRegion && scopeCode.startsWith(regionCode));
}

namespace {

void maskPhoneIn(QJsonObject &object, QLatin1String key)
{
    QJsonObject inner = object.value(key).toObject();
    if (!inner.contains(QLatin1String("phone")))
        return;
    inner.insert(QLatin1String("phone"),
                 security::maskPhone(inner.value(QLatin1String("phone")).toString()));
    object.insert(key, inner);
}

bool needsMasking(const QByteArray &json, const Viewer &viewer)
{
    return viewer.clearance < Clearance::Restricted &&
           (json.contains("\"id_number\"") || json.contains("\"phone\""));
}

} // namespace

QJsonObject servedObject(const QByteArray &json, const Viewer &viewer)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    if (!needsMasking(json, viewer))
        return object;
    if (object.contains(QLatin1String("id_number")))
        object.insert(QLatin1String("id_number"),
                      security::maskIdNumber(object.value(QLatin1String("id_number")).toString()));
    if (object.contains(QLatin1String("phone")))
        object.insert(QLatin1String("phone"),
                      security::maskPhone(object.value(QLatin1String("phone")).toString()));
    maskPhoneIn(object, QLatin1String("officer"));
    maskPhoneIn(object, QLatin1String("contact"));
    return object;
}

QByteArray servedJson(const QByteArray &json, const Viewer &viewer)
{
    // Most records carry no identifiers: serve their stored bytes as they are.
    if (!needsMasking(json, viewer))
        return json;
    return QJsonDocument(servedObject(json, viewer)).toJson(QJsonDocument::Compact);
}

} // namespace yiping::server
