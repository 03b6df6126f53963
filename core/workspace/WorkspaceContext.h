#pragma once

#include "ItemRef.h"
#include "RegionScope.h"
#include "Selection.h"
#include "SelectionHistory.h"

#include <QMap>
#include <QObject>
#include <QStringList>

namespace yiping::workspace {

class TimeWindowModel;

// What the pages of one window share, so that selecting a person anywhere highlights it
// everywhere: the selection (with a Back/Forward history), the hovered item, the time
// window, the region and named filters. Pages read and write it; nothing else carries
// selection between pages. Each signal is emitted only when its value really changes.
class WorkspaceContext : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceContext(QObject *parent = nullptr);

    const Selection &selection() const { return m_selection; }
    ItemRef primary() const { return m_selection.primary(); }
    // A selection the user made: it becomes the current entry of the history.
    void setSelection(const Selection &selection);
    void select(const ItemRef &ref) { setSelection(Selection::of(ref)); }
    void clearSelection() { setSelection({}); }
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    // No-ops at either end of the history.
    void goBack();
    void goForward();

    ItemRef hovered() const { return m_hovered; }
    void setHovered(const ItemRef &ref);

    TimeWindowModel *time() const { return m_time; }

    RegionScope region() const { return m_region; }
    void setRegion(const RegionScope &region);

    // Named filters (FilterKeys.h), key → the values kept, as the contract's codes
    // ("person.category" → the categories shown, "person.risk", "event.source"…). A key
    // that is not set filters nothing; a key set to an empty list keeps nothing.
    bool hasFilter(const QString &key) const { return m_filters.contains(key); }
    QStringList filter(const QString &key) const { return m_filters.value(key); }
    QMap<QString, QStringList> filters() const { return m_filters; }
    void setFilter(const QString &key, const QStringList &values);
    void clearFilter(const QString &key);

Q_SIGNALS:
    void selectionChanged(const yiping::workspace::Selection &selection);
    // canGoBack() or canGoForward() may have changed.
    void historyChanged();
    void hoveredChanged(const yiping::workspace::ItemRef &ref);
    void regionChanged(const yiping::workspace::RegionScope &region);
    // `key` was set or cleared (hasFilter() tells which).
    void filterChanged(const QString &key);

private:
    void show(const Selection &selection);
    void historyMoved(bool couldGoBack, bool couldGoForward);

    Selection m_selection;
    SelectionHistory m_history;
    ItemRef m_hovered;
    TimeWindowModel *m_time;
    RegionScope m_region;
    QMap<QString, QStringList> m_filters;
};

} // namespace yiping::workspace
