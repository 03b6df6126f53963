#pragma once

#include "store/EventSet.h"

#include <QDialog>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QPushButton;

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

// "Custom…": two date-times, accepted only when the start is before the end.
class TimeRangeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TimeRangeDialog(const store::TimeWindow &initial, QWidget *parent = nullptr);
    store::TimeWindow window() const;
    QDateTimeEdit *fromEdit() const { return m_fromEdit; }
    QDateTimeEdit *toEdit() const { return m_toEdit; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QLabel *m_problem;
    QPushButton *m_ok;
};

// The map page's time window: presets relative to the data's "now" (a demo dataset ends at
// its generation time, not at the wall clock), a custom range, and the event histogram.
// windowChanged is emitted once per user change; setters never emit it.
class TimeWindowBar : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Last24Hours, Last7Days, Last30Days, Last12Months, Custom };

    explicit TimeWindowBar(QWidget *parent = nullptr);

    // The end (exclusive) of the preset windows, in epoch seconds. Re-anchors the current
    // preset; read window() afterwards.
    void setNow(qint64 epochSeconds);
    qint64 now() const { return m_now; }
    void setHistogram(QList<int> counts, qint64 from, qint64 to);

    store::TimeWindow window() const { return m_window; }
    Preset preset() const { return m_preset; }
    // Selects a preset as if the user had (emits windowChanged when the window moves).
    void choosePreset(Preset preset);
    // A custom window as if the user had chosen it; ignored unless from < to.
    void chooseRange(qint64 from, qint64 to);

    EventHistogram *histogram() const { return m_histogram; }
    QAbstractButton *presetButton(Preset preset) const;

Q_SIGNALS:
    void windowChanged(qint64 from, qint64 to);

private:
    store::TimeWindow presetWindow(Preset preset) const;
    void apply(Preset preset, const store::TimeWindow &window, bool byUser);
    void openCustomDialog();

    qint64 m_now = 0;
    Preset m_preset = Preset::Last30Days;
    store::TimeWindow m_window;
    QButtonGroup *m_presets;
    QLabel *m_range;
    EventHistogram *m_histogram;
};

} // namespace yiping::widgets
