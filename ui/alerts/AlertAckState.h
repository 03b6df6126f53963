#pragma once

#include <QMetaType>

namespace yiping::ui {

// What a user may do about an alert: acknowledge it while it is open, see that the
// acknowledgement made here waits for upload, or nothing (acknowledged or closed already,
// or not known yet).
enum class AlertAckState {
    None,   // acknowledged or closed, or its status is not known: no action
    Open,   // open: 确认 is offered
    Pending // acknowledged on this computer, in the cache's queue until the sync uploads it
};

} // namespace yiping::ui

Q_DECLARE_METATYPE(yiping::ui::AlertAckState)
