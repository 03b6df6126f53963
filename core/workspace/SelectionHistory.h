#pragma once

#include "Selection.h"

namespace yiping::workspace {

// Back and Forward over the user's selections, as an analyst's browser would: a new
// selection after going back drops the entries ahead; selecting what is already current
// adds nothing. Clearing the selection is no entry: Back then returns to what was cleared.
class SelectionHistory
{
public:
    // The oldest entries go beyond this many: a day's work, not a session's memory leak.
    static constexpr qsizetype limit = 200;

    void record(const Selection &selection);
    bool canGoBack() const;
    bool canGoForward() const;
    // The selection one step back or forward; call only when canGoBack/canGoForward.
    Selection back();
    Selection forward();

private:
    QList<Selection> m_entries;
    qsizetype m_index = -1; // the current entry, or the one cleared when m_cleared
    bool m_cleared = false;
};

} // namespace yiping::workspace
