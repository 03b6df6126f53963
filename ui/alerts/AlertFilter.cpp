#include "alerts/AlertFilter.h"

#include "workspace/FilterKeys.h"
#include "workspace/WorkspaceContext.h"

namespace yiping::ui {

namespace {

std::optional<QSet<QString>> read(const workspace::WorkspaceContext &context, const QString &key)
{
    if (!context.hasFilter(key))
        return std::nullopt;
    const QStringList values = context.filter(key);
    return QSet<QString>(values.cbegin(), values.cend());
}

} // namespace

AlertFilter AlertFilter::readFrom(const workspace::WorkspaceContext &context)
{
    AlertFilter f;
    f.levels = read(context, workspace::filterkey::alertLevel);
    f.rules = read(context, workspace::filterkey::alertRule);
    f.statuses = read(context, workspace::filterkey::alertStatus);
    f.regionId = context.filter(workspace::filterkey::alertRegion).value(0);
    return f;
}

QString AlertFilter::statusOf(const store::ListedAlert &alert)
{
    if (alert.ackPending)
        return QStringLiteral("acknowledged");
    // No status in the record is an open alert (the list holds the open ones).
    return alert.alert.status.raw.isEmpty() ? QStringLiteral("open") : alert.alert.status.raw;
}

bool AlertFilter::accepts(const store::ListedAlert &alert) const
{
    if (levels && !levels->contains(alert.alert.level.raw))
        return false;
    if (rules && !rules->contains(alert.alert.rule))
        return false;
    if (statuses && !statuses->contains(statusOf(alert)))
        return false;
    // An alert whose region's ancestors are not known (its region not in the cache) is in
    // the region only if it is the region itself.
    if (!regionId.isEmpty() && alert.alert.regionId != regionId &&
        !alert.regionPath.contains(regionId))
        return false;
    return true;
}

} // namespace yiping::ui
