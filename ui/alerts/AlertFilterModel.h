#pragma once

#include "alerts/AlertFilter.h"

#include <QSortFilterProxyModel>

namespace yiping::ui {

class AlertListModel;

// The alert list as the dock shows it: the rows an AlertFilter keeps, in the order the
// user chose. Rows follow the source's changes (live alerts, acks) as they happen.
class AlertFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Order {
        Newest, // raised most recently first
        Level,  // Ⅰ first, the newest first within a level
        Rule,   // by the rule's name, the newest first within a rule
    };

    explicit AlertFilterModel(AlertListModel *source, QObject *parent = nullptr);

    void setFilter(const AlertFilter &filter);
    const AlertFilter &filter() const { return m_filter; }
    void setOrder(Order order);
    Order order() const { return m_order; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AlertListModel *m_alerts;
    AlertFilter m_filter;
    Order m_order = Order::Newest;
};

} // namespace yiping::ui
