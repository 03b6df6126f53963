#include "search/SearchResultDelegate.h"

#include "Theme.h"
#include "search/SearchResultsModel.h"

#include <QPainter>

namespace yiping::ui {

namespace {
constexpr int kPadX = 10;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    const bool header = index.data(SearchResultsModel::IsHeaderRole).toBool();
    return {200, header ? line + 10 : line + 12};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    const QRect r = option.rect;
    if (index.data(SearchResultsModel::IsHeaderRole).toBool()) {
        QFont f = option.font;
        f.setPixelSize(12);
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(theme::textSecondary);
        if (index.row() > 0) {
            painter->setPen(theme::border);
            painter->drawLine(r.topLeft(), r.topRight());
            painter->setPen(theme::textSecondary);
        }
        painter->drawText(r.adjusted(kPadX, 2, -kPadX, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }

    if (option.state.testFlag(QStyle::State_Selected))
        painter->fillRect(r, QColor(0x1B, 0x6C, 0x8F));
    else if (option.state.testFlag(QStyle::State_MouseOver))
        painter->fillRect(r, theme::surfaceRaised);
    const QRect inner = r.adjusted(kPadX + 8, 0, -kPadX, 0); // hits indented under headers
    const QFontMetrics fm = option.fontMetrics;
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString detail = index.data(SearchResultsModel::DetailRole).toString();
    // The title keeps at least two thirds of the row; the detail gets what is left.
    const QString shownTitle = fm.elidedText(title, Qt::ElideRight, inner.width() * 2 / 3);
    const int titleWidth = fm.horizontalAdvance(shownTitle);
    painter->setPen(theme::text);
    painter->drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, shownTitle);
    if (!detail.isEmpty()) {
        const QRect rest = inner.adjusted(titleWidth + 12, 0, 0, 0);
        QFont f = option.font;
        f.setPixelSize(12);
        painter->setFont(f);
        painter->setPen(theme::textSecondary);
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(f).elidedText(detail, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

} // namespace yiping::ui
