#pragma once

#include <QLoggingCategory>

namespace yiping::sync {

// Sync diagnostics. Messages name collections, cursors, ids and HTTP statuses only: never
// record contents (names, ID numbers, a person's coordinates), tokens or passwords.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace yiping::sync
