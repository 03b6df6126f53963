#pragma once

#include "store/EventSet.h"

#include <QList>
#include <QWidget>

namespace yiping::widgets {

// Event counts over time as bars under a date axis, with the selected window shaded.
// Dragging across it (or clicking one bar) picks a range snapped to whole bars; the arrow
// keys move the window by one bar. rangePicked is emitted once, on release or key press.
class EventHistogram : public QWidget
{
    Q_OBJECT

public:
    explicit EventHistogram(QWidget *parent = nullptr);

    void setHistogram(QList<int> counts, qint64 from, qint64 to);
    void setWindow(const store::TimeWindow &window);
    // The x position (widget coordinates) of a time; for tests and tooltips.
    int xOf(qint64 time) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rangePicked(qint64 from, qint64 to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRect plotRect() const;
    int bucketAt(int x) const;
    qint64 bucketStart(int bucket) const;

    QList<int> m_counts;
    qint64 m_from = 0;
    qint64 m_to = 0;
    store::TimeWindow m_window;
    int m_dragStart = -1; // bucket where the drag began; -1 when not dragging
    int m_dragEnd = -1;
};

} // namespace yiping::widgets
