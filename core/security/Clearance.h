#pragma once

#include <QString>
#include <QStringView>

namespace yiping::security {

// How much of a record's personal data the viewer may see (MaskingPolicy says what, field
// by field), and which records: a viewer sees records classified at or below their level.
enum class Clearance { Public = 0, Limited = 1, Restricted = 2 };

// The contract's words, "public" / "limited" / "restricted" (a user's clearance and a
// record's classification alike); false for anything else, *out untouched.
bool parseClearance(QStringView text, Clearance *out);
QString clearanceName(Clearance c);

} // namespace yiping::security
