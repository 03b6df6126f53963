#include "SelectionHistory.h"

namespace yiping::workspace {

void SelectionHistory::record(const Selection &selection)
{
    if (selection.isEmpty()) {
        m_cleared = m_index >= 0;
        return;
    }
    m_cleared = false;
    if (m_index >= 0 && m_entries[m_index] == selection)
        return; // the current entry again, or the one just cleared selected anew
    m_entries.resize(m_index + 1);
    m_entries.append(selection);
    if (m_entries.size() > limit)
        m_entries.removeFirst();
    m_index = m_entries.size() - 1;
}

bool SelectionHistory::canGoBack() const
{
    return m_cleared ? m_index >= 0 : m_index > 0;
}

bool SelectionHistory::canGoForward() const
{
    return m_index + 1 < m_entries.size();
}

Selection SelectionHistory::back()
{
    Q_ASSERT(canGoBack());
    if (!m_cleared)
        --m_index;
    m_cleared = false;
    return m_entries[m_index];
}

Selection SelectionHistory::forward()
{
    Q_ASSERT(canGoForward());
    m_cleared = false;
    return m_entries[++m_index];
}

} // namespace yiping::workspace
