#pragma once

#include <QString>

namespace yiping::security {

// The masks of personal identifiers shown to viewers without clearance (MaskingPolicy
// decides who). Both keep enough to tell two records apart at a glance (region prefix,
// last digits) and hide the rest. They depend on the length only, never on the content: a
// value the server masked already comes out the same, and a value that happens to hold a
// '*' is masked all the same. A value too short to keep anything hidden is starred whole.

// "350302199001011234" -> "350302********1234": keeps the 6-digit region code and the last 4.
QString maskIdNumber(const QString &idNumber);
// "13812345678" -> "138****5678": keeps the first 3 and the last 4.
QString maskPhone(const QString &phone);

} // namespace yiping::security
