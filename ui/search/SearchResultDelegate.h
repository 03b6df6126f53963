#pragma once

#include <QStyledItemDelegate>

namespace yiping::ui {

// Draws the search popup's rows: group headers as quiet captions over a rule, hits as the
// title followed by its detail (address, code, date) in grey.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace yiping::ui
