#pragma once

#include <QString>

namespace yiping::security {

// Masks for personal identifiers shown to viewers without clearance. Both keep enough to
// tell two records apart at a glance (region prefix, last digits) and hide the rest.
// A value already masked by the server, or too short to mask, is returned unchanged
// except that short values are fully starred.

// "350302199001011234" -> "350302********1234": keeps the 6-digit region code and the last 4.
QString maskIdNumber(const QString &idNumber);
// "13812345678" -> "138****5678": keeps the first 3 and the last 4.
QString maskPhone(const QString &phone);

} // namespace yiping::security
