#pragma once

namespace yiping::workspace {
class Session;
class WorkspaceContext;
} // namespace yiping::workspace

namespace yiping::ui {

class AlertAcknowledger;
class AlertListModel;

// What the window shares with the pages it is given: the workspace context, the session
// (cache, clearance, author) and the alerts with their acknowledger. The page factories
// in app/ take what their page needs from it.
struct PageServices
{
    workspace::WorkspaceContext *workspace = nullptr;
    workspace::Session *session = nullptr;
    AlertListModel *alerts = nullptr;
    AlertAcknowledger *acknowledger = nullptr;
};

} // namespace yiping::ui
