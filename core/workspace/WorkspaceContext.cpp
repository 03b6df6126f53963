#include "WorkspaceContext.h"

#include "TimeWindowModel.h"

namespace yiping::workspace {

WorkspaceContext::WorkspaceContext(QObject *parent)
    : QObject(parent)
    , m_time(new TimeWindowModel(this))
{}

void WorkspaceContext::setSelection(const Selection &selection)
{
    const bool back = canGoBack(), forward = canGoForward();
    m_history.record(selection);
    show(selection);
    historyMoved(back, forward);
}

void WorkspaceContext::goBack()
{
    if (!canGoBack())
        return;
    const bool forward = canGoForward();
    show(m_history.back());
    historyMoved(true, forward);
}

void WorkspaceContext::goForward()
{
    if (!canGoForward())
        return;
    const bool back = canGoBack();
    show(m_history.forward());
    historyMoved(back, true);
}

void WorkspaceContext::historyMoved(bool couldGoBack, bool couldGoForward)
{
    if (couldGoBack != canGoBack() || couldGoForward != canGoForward())
        Q_EMIT historyChanged();
}

void WorkspaceContext::show(const Selection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    Q_EMIT selectionChanged(selection);
}

void WorkspaceContext::setHovered(const ItemRef &ref)
{
    const ItemRef hovered = ref.isNull() ? ItemRef() : ref;
    if (hovered == m_hovered)
        return;
    m_hovered = hovered;
    Q_EMIT hoveredChanged(hovered);
}

void WorkspaceContext::setRegion(const RegionScope &region)
{
    if (region == m_region)
        return;
    m_region = region;
    Q_EMIT regionChanged(region);
}

void WorkspaceContext::setFilter(const QString &key, const QStringList &values)
{
    if (const auto it = m_filters.constFind(key); it != m_filters.cend() && *it == values)
        return;
    m_filters.insert(key, values);
    Q_EMIT filterChanged(key);
}

void WorkspaceContext::clearFilter(const QString &key)
{
    if (m_filters.remove(key) > 0)
        Q_EMIT filterChanged(key);
}

} // namespace yiping::workspace
