#pragma once

#include "store/AlertReader.h"

#include <QSet>
#include <QString>

#include <optional>

namespace yiping::workspace {
class WorkspaceContext;
}

namespace yiping::ui {

// Which alerts the list and the map show: the workspace's alert filters (FilterKeys.h), so
// that narrowing the alert dock narrows the alerts on the map too, and a dashboard can
// narrow both. A dimension not set keeps everything; values are the contract's codes.
struct AlertFilter
{
    std::optional<QSet<QString>> levels;   // "red", "orange", "yellow", "blue"
    std::optional<QSet<QString>> rules;    // "gathering", "overdue_case", …
    std::optional<QSet<QString>> statuses; // "open", "acknowledged", "closed"
    QString regionId;                      // a region: the alerts in it; empty: the city

    static AlertFilter readFrom(const workspace::WorkspaceContext &context);
    bool accepts(const store::ListedAlert &alert) const;
    bool isEmpty() const { return !levels && !rules && !statuses && regionId.isEmpty(); }

    // What the status filter sees: an ack made here and waiting for upload is acknowledged.
    static QString statusOf(const store::ListedAlert &alert);
};

} // namespace yiping::ui
