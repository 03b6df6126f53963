#include "EventHistogram.h"

#include "Theme.h"
#include "TimeText.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace yiping::widgets {

namespace {
constexpr qint64 kDay = 24 * 3600;
}

EventHistogram::EventHistogram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("eventHistogram"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Events over time"));
    setAccessibleDescription(
        tr("Drag across the bars to choose a time window; Left and Right move it by one bar."));
    setFont(timetext::tabular(font()));
}

QSize EventHistogram::sizeHint() const
{
    return {480, 72};
}

QSize EventHistogram::minimumSizeHint() const
{
    return {160, 56};
}

void EventHistogram::setHistogram(QList<int> counts, qint64 from, qint64 to)
{
    m_counts = std::move(counts);
    m_from = from;
    m_to = std::max(to, from);
    m_dragStart = m_dragEnd = -1;
    update();
}

void EventHistogram::setWindow(const store::TimeWindow &window)
{
    m_window = window;
    update();
}

QRect EventHistogram::plotRect() const
{
    const int axis = fontMetrics().height() + 4;
    return rect().adjusted(6, 6, -6, -axis);
}

int EventHistogram::xOf(qint64 time) const
{
    const QRect plot = plotRect();
    if (m_to <= m_from)
        return plot.left();
    const double f = double(std::clamp(time, m_from, m_to) - m_from) / double(m_to - m_from);
    return plot.left() + int(std::lround(f * plot.width()));
}

int EventHistogram::bucketAt(int x) const
{
    const QRect plot = plotRect();
    const int n = int(m_counts.size());
    if (n == 0 || plot.width() <= 0)
        return -1;
    return std::clamp(int(qint64(x - plot.left()) * n / plot.width()), 0, n - 1);
}

qint64 EventHistogram::bucketStart(int bucket) const
{
    // The slicing of EventSet::histogram: equal slices, the last one takes the remainder.
    const int n = int(m_counts.size());
    if (bucket >= n)
        return m_to;
    return m_from + qint64(bucket) * ((m_to - m_from) / std::max(n, 1));
}

void EventHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), theme::surface);
    const QRect plot = plotRect();
    const int n = int(m_counts.size());

    if (n == 0 || m_to <= m_from) {
        p.setPen(theme::textSecondary);
        p.drawText(plot, Qt::AlignCenter, tr("No events"));
        return;
    }

    // The selected window (or the range being dragged) as a shaded band behind the bars.
    const bool dragging = m_dragStart >= 0;
    qint64 bandFrom = m_window.from, bandTo = m_window.to;
    if (dragging) {
        bandFrom = bucketStart(std::min(m_dragStart, m_dragEnd));
        bandTo = bucketStart(std::max(m_dragStart, m_dragEnd) + 1);
    }
    const QRect band(QPoint(xOf(bandFrom), plot.top()), QPoint(xOf(bandTo) - 1, plot.bottom()));
    QColor bandFill = theme::accent;
    bandFill.setAlpha(dragging ? 60 : 36);
    p.fillRect(band, bandFill);

    const int maxCount = std::max(1, *std::max_element(m_counts.cbegin(), m_counts.cend()));
    const QColor inside = theme::accent;
    const QColor outside = theme::border.lighter(140);
    for (int i = 0; i < n; ++i) {
        const int x0 = xOf(bucketStart(i));
        const int x1 = xOf(bucketStart(i + 1));
        const int h = int(std::lround(double(m_counts[i]) / maxCount * plot.height()));
        if (h <= 0)
            continue;
        const qint64 mid = (bucketStart(i) + bucketStart(i + 1)) / 2;
        const bool in = mid >= bandFrom && mid < bandTo;
        // A one-pixel gap between bars while they are wide enough to afford it.
        const int w = std::max(1, x1 - x0 - (x1 - x0 >= 4 ? 1 : 0));
        p.fillRect(QRect(x0, plot.bottom() - h + 1, w, h), in ? inside : outside);
    }

    QPen edge(theme::accent, 1, dragging ? Qt::DashLine : Qt::SolidLine);
    p.setPen(edge);
    p.drawLine(band.topLeft(), band.bottomLeft());
    p.drawLine(band.topRight(), band.bottomRight());

    // Date axis: evenly spaced ticks at bar boundaries, as many as fit without overlapping.
    p.setPen(theme::border);
    p.drawLine(plot.bottomLeft() + QPoint(0, 1), plot.bottomRight() + QPoint(0, 1));
    const qint64 span = m_to - m_from;
    const QString format = span > 2 * kDay ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm");
    const QFontMetrics fm = fontMetrics();
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("00-00")) + 24;
    const int ticks = std::max(1, std::min(n, plot.width() / labelWidth));
    const int step = std::max(1, (n + ticks - 1) / ticks);
    p.setPen(theme::textSecondary);
    for (int i = 0; i < n; i += step) {
        const int x = xOf(bucketStart(i));
        const QString label =
            QLocale().toString(QDateTime::fromSecsSinceEpoch(bucketStart(i)), format);
        const int w = fm.horizontalAdvance(label);
        if (x + w > width() - 2)
            break;
        p.drawLine(x, plot.bottom() + 1, x, plot.bottom() + 4);
        p.drawText(QPoint(x + 2, height() - fm.descent() - 1), label);
    }

    if (hasFocus()) {
        p.setPen(QPen(theme::accent, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void EventHistogram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_counts.isEmpty())
        return QWidget::mousePressEvent(event);
    m_dragStart = m_dragEnd = bucketAt(event->position().toPoint().x());
    update();
}

void EventHistogram::mouseMoveEvent(QMouseEvent *event)
{
    const int bucket = bucketAt(event->position().toPoint().x());
    if (m_dragStart >= 0) {
        m_dragEnd = bucket;
        update();
    } else if (bucket >= 0) {
        QToolTip::showText(event->globalPosition().toPoint(),
                           tr("%1 – %2: %n event(s)", nullptr, m_counts[bucket])
                               .arg(timetext::dateTime(bucketStart(bucket)),
                                    timetext::dateTime(bucketStart(bucket + 1))),
                           this);
    }
}

void EventHistogram::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_dragStart < 0)
        return QWidget::mouseReleaseEvent(event);
    m_dragEnd = bucketAt(event->position().toPoint().x());
    const qint64 from = bucketStart(std::min(m_dragStart, m_dragEnd));
    const qint64 to = bucketStart(std::max(m_dragStart, m_dragEnd) + 1);
    m_dragStart = m_dragEnd = -1;
    update();
    Q_EMIT rangePicked(from, to);
}

void EventHistogram::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_counts.size());
    const bool left = event->key() == Qt::Key_Left, right = event->key() == Qt::Key_Right;
    if ((!left && !right) || n == 0 || m_window.to <= m_window.from)
        return QWidget::keyPressEvent(event);
    const qint64 step = (m_to - m_from) / n;
    const qint64 length = m_window.to - m_window.from;
    // Moves the window by one bar, keeping its length, within the histogram's range.
    qint64 from = m_window.from + (right ? step : -step);
    from = std::clamp(from, m_from, std::max(m_from, m_to - length));
    if (from != m_window.from)
        Q_EMIT rangePicked(from, from + length);
}

} // namespace yiping::widgets
