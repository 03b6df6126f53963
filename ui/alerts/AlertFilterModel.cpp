#include "alerts/AlertFilterModel.h"

#include "alerts/AlertListModel.h"
#include "domain/EnumText.h"
#include "domain/Levels.h"

namespace yiping::ui {

AlertFilterModel::AlertFilterModel(AlertListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_alerts(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    sort(0);
}

void AlertFilterModel::setFilter(const AlertFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

void AlertFilterModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    invalidate();
}

bool AlertFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_filter.accepts(m_alerts->alerts().at(sourceRow));
}

// "Less" is "listed first": the list reads top-down in ascending order.
bool AlertFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const domain::Alert &a = m_alerts->alerts().at(left.row()).alert;
    const domain::Alert &b = m_alerts->alerts().at(right.row()).alert;
    const auto newer = [&] { return a.raisedAt.value_or(0) > b.raisedAt.value_or(0); };
    switch (m_order) {
    case Order::Newest:
        break;
    case Order::Level:
        if (const int la = domain::Levels::of(a.level), lb = domain::Levels::of(b.level); la != lb)
            return la > lb;
        break;
    case Order::Rule:
        if (a.rule != b.rule)
            return QString::localeAwareCompare(domain::EnumText::alertRule(a.rule),
                                               domain::EnumText::alertRule(b.rule)) < 0;
        break;
    }
    return newer();
}

} // namespace yiping::ui
