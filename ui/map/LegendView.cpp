#include "map/LegendView.h"

#include "Theme.h"

#include <QPainter>

#include <algorithm>

namespace yiping::ui {

namespace {
constexpr int kMark = 14; // the mark's box, in pixels
constexpr int kGap = 8;   // between the mark and its text
} // namespace

LegendView::LegendView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
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
    int w = 0;
    for (const LegendEntry &e : m_entries)
        w = std::max(w, fontMetrics().horizontalAdvance(e.text));
    return {kMark + kGap + w, int(m_entries.size()) * lineHeight()};
}

QSize LegendView::minimumSizeHint() const
{
    return {kMark + kGap + 40, int(m_entries.size()) * lineHeight()};
}

void LegendView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int lh = lineHeight();
    for (int i = 0; i < m_entries.size(); ++i) {
        const LegendEntry &e = m_entries[i];
        const QRect line(0, i * lh, width(), lh);
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
        const bool caption = e.icon.isNull() && !e.colour.isValid();
        p.setPen(caption ? theme::textSecondary : theme::text);
        const QRect text = line.adjusted(caption ? 0 : kMark + kGap, 0, 0, 0);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(e.text, Qt::ElideRight, text.width()));
    }
}

} // namespace yiping::ui
