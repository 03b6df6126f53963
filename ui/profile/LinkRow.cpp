#include "profile/LinkRow.h"

#include "Theme.h"

#include <QKeyEvent>
#include <QPainter>

namespace yiping::ui {

namespace {
constexpr int kPadX = 6, kPadY = 3;
}

LinkRow::LinkRow(const QString &title, const QString &detail, QWidget *parent)
    : QAbstractButton(parent)
    , m_detail(detail)
{
    setText(title);
    setToolTip(detail.isEmpty() ? title : title + QLatin1Char('\n') + detail);
    setAccessibleName(title);
    setAccessibleDescription(detail);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QFont LinkRow::detailFont() const
{
    QFont f = font();
    f.setPixelSize(12); // the caption size; CJK stays readable at 12 px
    return f;
}

QSize LinkRow::sizeHint() const
{
    const QFontMetrics title(font()), detail(detailFont());
    const int w = title.horizontalAdvance(text()) + 2 * kPadX;
    const int h = title.height() + (m_detail.isEmpty() ? 0 : detail.height()) + 2 * kPadY;
    return {w, h};
}

QSize LinkRow::minimumSizeHint() const
{
    return {60, sizeHint().height()};
}

void LinkRow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_hover || isDown())
        p.fillRect(rect(), theme::surfaceRaised);
    const QRect inner = rect().adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const QFontMetrics title(font()), detail(detailFont());
    p.setPen(theme::accent);
    p.setFont(font());
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), title.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               title.elidedText(text(), Qt::ElideRight, inner.width()));
    if (!m_detail.isEmpty()) {
        p.setPen(theme::textSecondary);
        p.setFont(detailFont());
        p.drawText(
            QRect(inner.left(), inner.top() + title.height(), inner.width(), detail.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            detail.elidedText(m_detail, Qt::ElideRight, inner.width()));
    }
    if (hasFocus()) {
        p.setPen(QPen(theme::accent, 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void LinkRow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        click();
    else
        QAbstractButton::keyPressEvent(event);
}

void LinkRow::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void LinkRow::leaveEvent(QEvent *event)
{
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace yiping::ui
