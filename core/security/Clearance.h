#pragma once

namespace yiping::security {

// How much of a record's personal data the viewer may see. Below Restricted, identifiers
// (ID numbers, phone numbers) are shown masked.
enum class Clearance { Public = 0, Limited = 1, Restricted = 2 };

} // namespace yiping::security
