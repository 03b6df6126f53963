#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "security/Clearance.h"

namespace yiping::server {

// Clearance levels, ordered: a caller sees records at or below their own level. The
// client's levels: the server serves what the client masks.
using security::Clearance;

// Parses "public" / "limited" / "restricted"; false for anything else.
bool parseClearance(QStringView text, Clearance *out);
QString clearanceName(Clearance c);

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

// The record's personal identifiers (id_number, phone, officer.phone, contact.phone)
// masked for a viewer below "restricted"; the record unchanged otherwise.
QByteArray servedJson(const QByteArray &json, const Viewer &viewer);
QJsonObject servedObject(const QByteArray &json, const Viewer &viewer);

} // namespace yiping::server
