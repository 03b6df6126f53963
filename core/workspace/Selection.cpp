#include "Selection.h"

namespace yiping::workspace {

Selection::Selection(const QList<ItemRef> &items, const ItemRef &primary)
{
    for (const ItemRef &ref : items)
        if (!ref.isNull() && !m_items.contains(ref))
            m_items.append(ref);
    if (!m_items.isEmpty())
        m_primary = std::max<qsizetype>(0, m_items.indexOf(primary));
}

Selection Selection::toggled(const ItemRef &ref) const
{
    if (ref.isNull())
        return *this;
    if (!m_items.contains(ref))
        return Selection(m_items + QList<ItemRef>{ref}, ref);
    QList<ItemRef> rest = m_items;
    rest.removeOne(ref);
    return Selection(rest, primary());
}

} // namespace yiping::workspace
