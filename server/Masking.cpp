#include "Masking.h"

#include "security/MaskingPolicy.h"

#include <QJsonDocument>

namespace yiping::server {

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

// The collection's kind, when the policy masks anything of it for this viewer.
std::optional<domain::Collection> maskedKind(QByteArrayView collection, const Viewer &viewer)
{
    const auto kind = domain::collectionFromName(QString::fromLatin1(collection));
    if (!kind || security::MaskingPolicy::seesAll(*kind, viewer.clearance))
        return std::nullopt;
    return kind;
}

} // namespace

QJsonObject servedObject(QByteArrayView collection, const QByteArray &json, const Viewer &viewer)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    if (const auto kind = maskedKind(collection, viewer))
        return security::MaskingPolicy::applied(*kind, viewer.clearance, std::move(object));
    return object;
}

QByteArray servedJson(QByteArrayView collection, const QByteArray &json, const Viewer &viewer)
{
    // Most records carry no personal data: serve their stored bytes as they are.
    const auto kind = maskedKind(collection, viewer);
    if (!kind)
        return json;
    return QJsonDocument(security::MaskingPolicy::applied(*kind, viewer.clearance,
                                                          QJsonDocument::fromJson(json).object()))
        .toJson(QJsonDocument::Compact);
}

} // namespace yiping::server
