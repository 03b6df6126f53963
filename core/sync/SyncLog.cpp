#include "sync/SyncLog.h"

namespace yiping::sync {

Q_LOGGING_CATEGORY(lcSync, "yiping.sync")

} // namespace yiping::sync
