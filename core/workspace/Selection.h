#pragma once

#include "ItemRef.h"

#include <QList>

namespace yiping::workspace {

// What the user has selected: one or more distinct refs, one of them primary (the one a
// profile shows and the map brings into view). Empty when nothing is selected.
class Selection
{
public:
    Selection() = default;
    // `items` without null refs and repeats; the primary is `primary` if it is among
    // them, else the first.
    Selection(const QList<ItemRef> &items, const ItemRef &primary = {});
    static Selection of(const ItemRef &ref) { return Selection({ref}); }
    // Ctrl+click: `ref` added as the primary if it was not selected, else taken out (the
    // primary passing to the first left when it was the primary).
    Selection toggled(const ItemRef &ref) const;
    bool contains(const ItemRef &ref) const { return m_items.contains(ref); }

    const QList<ItemRef> &items() const { return m_items; }
    ItemRef primary() const { return m_primary < 0 ? ItemRef() : m_items[m_primary]; }
    bool isEmpty() const { return m_items.isEmpty(); }

    friend bool operator==(const Selection &, const Selection &) = default;

private:
    QList<ItemRef> m_items;
    qsizetype m_primary = -1;
};

} // namespace yiping::workspace
