#include "Breadcrumb.h"

#include "Theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace yiping::widgets {

namespace {

constexpr int kPadding = 4;        // around each item, so the click target is larger than the text
constexpr int kUnelided = 1 << 16; // a width no name reaches (INT_MAX overflows elidedText)

QString separator()
{
    return QStringLiteral(" › ");
}

QString ellipsis()
{
    return QStringLiteral("…");
}

} // namespace

Breadcrumb::Breadcrumb(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("breadcrumb"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Location"));
}

void Breadcrumb::setPath(const QList<Item> &path)
{
    m_path = path;
    m_hover = -1;
    m_focus = std::min(m_focus, int(m_path.size()) - 2);
    QStringList names;
    for (const Item &item : m_path)
        names.append(item.second);
    setAccessibleDescription(names.join(separator()));
    layoutItems();
    updateGeometry();
    update();
}

QSize Breadcrumb::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    int w = 0;
    for (int i = 0; i < m_path.size(); ++i)
        w += fm.horizontalAdvance(m_path[i].second) + 2 * kPadding +
             (i > 0 ? fm.horizontalAdvance(separator()) : 0);
    return {std::max(w, 40), fm.height() + 2 * kPadding};
}

QSize Breadcrumb::minimumSizeHint() const
{
    return {40, fontMetrics().height() + 2 * kPadding};
}

QList<Breadcrumb::Slot> Breadcrumb::slotsFor(const QList<int> &shown, int maxTextWidth,
                                             int lastTextWidth) const
{
    const QFontMetrics fm = fontMetrics();
    const int sep = fm.horizontalAdvance(separator());
    QList<Slot> out;
    int x = 0;
    for (int k = 0; k < shown.size(); ++k) {
        const int depth = shown[k];
        if (k > 0) {
            x += sep;
            if (shown[k - 1] >= 0 && depth >= 0 && depth != shown[k - 1] + 1) {
                // The hidden middle: one "…" between the items kept.
                const int w = fm.horizontalAdvance(ellipsis()) + 2 * kPadding;
                out.append({-1, ellipsis(), QRect(x, 0, w, height())});
                x += w + sep;
            }
        }
        const int limit = depth == m_path.size() - 1 ? lastTextWidth : maxTextWidth;
        const QString text = fm.elidedText(m_path[depth].second, Qt::ElideMiddle, limit);
        const int w = fm.horizontalAdvance(text) + 2 * kPadding;
        out.append({depth, text, QRect(x, 0, w, height())});
        x += w;
    }
    return out;
}

void Breadcrumb::layoutItems()
{
    m_slots.clear();
    const int n = int(m_path.size());
    if (n == 0)
        return;
    auto width = [](const QList<Slot> &s) { return s.isEmpty() ? 0 : s.last().rect.right() + 1; };
    const int available = std::max(1, contentsRect().width());

    // First drop middle items (keeping the city and the current place, the places nearest
    // the current one last to go), then elide the names that remain.
    QList<int> shown;
    for (int i = 0; i < n; ++i)
        shown.append(i);
    QList<Slot> slots_ = slotsFor(shown, kUnelided, kUnelided);
    while (width(slots_) > available && shown.size() > 2) {
        shown.removeAt(1);
        slots_ = slotsFor(shown, kUnelided, kUnelided);
    }
    // Then the current place (usually the longest name) gives up what is missing, down to
    // a few characters; only then do all names shrink.
    if (width(slots_) > available) {
        const int lastText = slots_.last().rect.width() - 2 * kPadding;
        const int floor = fontMetrics().horizontalAdvance(QStringLiteral("镇…格"));
        const int fit = std::max(floor, lastText - (width(slots_) - available));
        slots_ = slotsFor(shown, kUnelided, fit);
    }
    for (int textWidth = available; width(slots_) > available && textWidth > 24;) {
        textWidth = textWidth * 4 / 5;
        slots_ = slotsFor(shown, textWidth, textWidth);
    }
    m_slots = slots_;
}

QRect Breadcrumb::itemRect(int depth) const
{
    for (const Slot &s : m_slots)
        if (s.depth == depth)
            return s.rect;
    return {};
}

QString Breadcrumb::itemText(int depth) const
{
    for (const Slot &s : m_slots)
        if (s.depth == depth)
            return s.text;
    return {};
}

int Breadcrumb::depthAt(const QPoint &pos) const
{
    for (const Slot &s : m_slots)
        if (s.rect.contains(pos))
            return s.depth;
    return -1;
}

void Breadcrumb::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int sep = fm.horizontalAdvance(separator());
    for (int k = 0; k < m_slots.size(); ++k) {
        const Slot &s = m_slots[k];
        if (k > 0) {
            p.setPen(theme::textSecondary);
            p.drawText(QRect(s.rect.left() - sep, 0, sep, height()), Qt::AlignCenter, separator());
        }
        const bool current = s.depth == m_path.size() - 1;
        const bool link = clickable(s.depth);
        QFont f = font();
        f.setUnderline(link && s.depth == m_hover);
        f.setBold(current);
        p.setFont(f);
        p.setPen(current ? theme::text : link ? theme::accent : theme::textSecondary);
        p.drawText(s.rect, Qt::AlignCenter, s.text);
        if (hasFocus() && s.depth == m_focus && link) {
            p.setPen(QPen(theme::accent, 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(s.rect.adjusted(0, 1, -1, -2));
        }
    }
}

void Breadcrumb::resizeEvent(QResizeEvent *)
{
    layoutItems();
}

void Breadcrumb::mouseMoveEvent(QMouseEvent *event)
{
    const int depth = depthAt(event->position().toPoint());
    const int hover = clickable(depth) ? depth : -1;
    setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    // The full name when elided or hidden.
    setToolTip(depth >= 0 && itemText(depth) != m_path[depth].second ? m_path[depth].second
               : depth == -1 && !m_slots.isEmpty()                   ? accessibleDescription()
                                                                     : QString());
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
}

void Breadcrumb::leaveEvent(QEvent *)
{
    m_hover = -1;
    update();
}

void Breadcrumb::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int depth = depthAt(event->position().toPoint());
    if (clickable(depth))
        Q_EMIT activated(depth, m_path[depth].first);
}

void Breadcrumb::focusInEvent(QFocusEvent *event)
{
    if (m_focus < 0 && m_path.size() > 1)
        m_focus = int(m_path.size()) - 2; // one level up: the likeliest way back
    QWidget::focusInEvent(event);
    update();
}

void Breadcrumb::keyPressEvent(QKeyEvent *event)
{
    const int last = int(m_path.size()) - 2; // the last clickable item
    if (m_focus < 0)
        m_focus = last; // focus can arrive without a focus-in event (window not active)
    switch (event->key()) {
    case Qt::Key_Left:
        m_focus = std::max(0, m_focus - 1);
        break;
    case Qt::Key_Right:
        m_focus = std::min(last, m_focus + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (clickable(m_focus))
            Q_EMIT activated(m_focus, m_path[m_focus].first);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    update();
}

} // namespace yiping::widgets
