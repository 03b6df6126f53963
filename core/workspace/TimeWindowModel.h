#pragma once

#include "store/EventSet.h"

#include <QObject>

namespace yiping::workspace {

// The time window every page looks at: presets relative to the data's "now" (a demo
// dataset ends at its generation time, not at the wall clock) or a custom range, and a
// playhead inside it for playing a trajectory back. Views (the map's time bar, later the
// dashboards and the playback) bind to one model; each signal is emitted only when its
// value really changes.
class TimeWindowModel : public QObject
{
    Q_OBJECT

public:
    enum class Preset { Last24Hours, Last7Days, Last30Days, Last12Months, Custom };
    Q_ENUM(Preset)

    explicit TimeWindowModel(QObject *parent = nullptr);

    // The end (exclusive) of the preset windows, in epoch seconds. Re-anchors a preset
    // window; a custom one stays where it is.
    void setNow(qint64 epochSeconds);
    qint64 now() const { return m_now; }

    store::TimeWindow window() const { return m_window; }
    Preset preset() const { return m_preset; }
    // A preset window; Custom alone changes nothing (a custom window needs its range).
    void choosePreset(Preset preset);
    // A custom window; ignored unless from < to.
    void chooseRange(qint64 from, qint64 to);

    // Within [from, to]; it starts at the window's start and is kept inside the window
    // when the window moves.
    qint64 playhead() const { return m_playhead; }
    void setPlayhead(qint64 time);

Q_SIGNALS:
    void windowChanged(qint64 from, qint64 to);
    void presetChanged(Preset preset);
    void playheadChanged(qint64 time);

private:
    store::TimeWindow presetWindow(Preset preset) const;
    void apply(Preset preset, const store::TimeWindow &window);

    qint64 m_now;
    Preset m_preset = Preset::Last30Days;
    store::TimeWindow m_window;
    qint64 m_playhead;
};

} // namespace yiping::workspace
