#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "security/Clearance.h"

namespace yiping::server {

// Clearance levels, ordered: a caller sees records at or below their own level. The
// client's levels: the server serves what the client masks.
using security::Clearance;
using security::clearanceName;
using security::parseClearance;

// Who is asking: what they may see, and where.
struct Viewer
{
    Clearance clearance = Clearance::Public;
    QByteArray scopeCode; // region code prefix; empty = the whole city

    // Whether a record of that classification and region code may be served.
    // `isRegion` widens the scope to the scope region's ancestors, which a scoped
    // user needs as map context (their district's city outline).
    bool maySee(int classification, const QByteArray &regionCode, bool isRegion) const;
};

// A record of `collection` with its personal data as the viewer may see it, by the
// client's masking policy (security::MaskingPolicy); the stored bytes when it hides nothing.
QByteArray servedJson(QByteArrayView collection, const QByteArray &json, const Viewer &viewer);
QJsonObject servedObject(QByteArrayView collection, const QByteArray &json, const Viewer &viewer);

} // namespace yiping::server
