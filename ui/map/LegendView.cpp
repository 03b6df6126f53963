#include "map/LegendView.h"

#include "Theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace yiping::ui {

namespace {
constexpr int kMark = 14; // the mark's box, in pixels
constexpr int kGap = 8;   // between the mark and its text

bool isCaption(const LegendEntry &e)
{
    return e.icon.isNull() && !e.colour.isValid();
}
} // namespace

LegendView::LegendView(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

// A caption (the metric with its unit, the time window) wraps rather than being cut: the
// title must read whole. A class line is short and keeps one line, elided if it must.
int LegendView::linesOf(const LegendEntry &e, int width) const
{
    if (!isCaption(e) || width <= 0)
        return 1;
    const QRect bound =
        fontMetrics().boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, e.text);
    return std::max(1, int(std::lround(double(bound.height()) / fontMetrics().lineSpacing())));
}

int LegendView::heightForWidth(int width) const
{
    const int extra = fontMetrics().lineSpacing(); // each wrapped line adds a text line
    int h = 0;
    for (const LegendEntry &e : m_entries)
        h += lineHeight() + (linesOf(e, width) - 1) * extra;
    return h;
}

void LegendView::setEntries(const QList<LegendEntry> &entries)
{
    m_entries = entries;
    QStringList texts;
    for (const LegendEntry &e : m_entries)
        texts.append(e.text);
    setAccessibleDescription(texts.join(QStringLiteral("; ")));
    setVisible(!m_entries.isEmpty());
    updateGeometry();
    update();
}

int LegendView::lineHeight() const
{
    return std::max(kMark, fontMetrics().height()) + 4;
}

QSize LegendView::sizeHint() const
{
    // Captions wrap (see linesOf): they do not ask for the width of their whole text.
    constexpr int kCaptionWidth = 200;
    int w = 0;
    for (const LegendEntry &e : m_entries) {
        const int advance = fontMetrics().horizontalAdvance(e.text);
        w = std::max(w, isCaption(e) ? std::min(advance, kCaptionWidth) - kMark - kGap : advance);
    }
    return {kMark + kGap + w, heightForWidth(kMark + kGap + w)};
}

QSize LegendView::minimumSizeHint() const
{
    return {kMark + kGap + 40, heightForWidth(kMark + kGap + 40)};
}

void LegendView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int lh = lineHeight();
    int y = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const LegendEntry &e = m_entries[i];
        const int lines = linesOf(e, width());
        const QRect line(0, y, width(), lh + (lines - 1) * fontMetrics().lineSpacing());
        y += line.height();
        const QRect mark(0, line.center().y() - kMark / 2, kMark, kMark);
        if (!e.icon.isNull()) {
            e.icon.paint(&p, mark);
        } else if (!e.colour.isValid()) {
            // A caption line (the metric and its window, the class method): no mark.
        } else if (e.shape == LegendEntry::Point) {
            p.setPen(QPen(theme::background, 1));
            p.setBrush(e.colour);
            p.drawEllipse(mark.adjusted(2, 2, -2, -2));
        } else if (e.shape == LegendEntry::Line) {
            p.setPen(QPen(e.colour, 2));
            p.drawLine(mark.left(), mark.center().y(), mark.right(), mark.center().y());
        } else {
            p.setPen(QPen(theme::border, 1));
            p.setBrush(e.colour);
            p.drawRect(mark.adjusted(0, 2, -1, -3));
        }
        const bool caption = isCaption(e);
        p.setPen(caption ? theme::textSecondary : theme::text);
        const QRect text = line.adjusted(caption ? 0 : kMark + kGap, 0, 0, 0);
        if (caption)
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, e.text);
        else
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                       fontMetrics().elidedText(e.text, Qt::ElideRight, text.width()));
    }
}

} // namespace yiping::ui
