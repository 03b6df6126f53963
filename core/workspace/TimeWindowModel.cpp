#include "TimeWindowModel.h"

#include <QDateTime>

#include <algorithm>

namespace yiping::workspace {

namespace {
constexpr qint64 kDay = 24 * 3600;
}

TimeWindowModel::TimeWindowModel(QObject *parent)
    : QObject(parent)
    , m_now(QDateTime::currentSecsSinceEpoch())
    , m_window(presetWindow(Preset::Last30Days))
    , m_playhead(m_window.from)
{}

store::TimeWindow TimeWindowModel::presetWindow(Preset preset) const
{
    switch (preset) {
    case Preset::Last24Hours:
        return {m_now - kDay, m_now};
    case Preset::Last7Days:
        return {m_now - 7 * kDay, m_now};
    case Preset::Last30Days:
        return {m_now - 30 * kDay, m_now};
    case Preset::Last12Months:
        return {QDateTime::fromSecsSinceEpoch(m_now).addMonths(-12).toSecsSinceEpoch(), m_now};
    case Preset::Custom:
        break;
    }
    return m_window;
}

void TimeWindowModel::setNow(qint64 epochSeconds)
{
    m_now = epochSeconds;
    if (m_preset != Preset::Custom)
        apply(m_preset, presetWindow(m_preset));
}

void TimeWindowModel::choosePreset(Preset preset)
{
    if (preset != Preset::Custom)
        apply(preset, presetWindow(preset));
}

void TimeWindowModel::chooseRange(qint64 from, qint64 to)
{
    if (from < to)
        apply(Preset::Custom, {from, to});
}

void TimeWindowModel::setPlayhead(qint64 time)
{
    time = std::clamp(time, m_window.from, m_window.to);
    if (time == m_playhead)
        return;
    m_playhead = time;
    Q_EMIT playheadChanged(time);
}

void TimeWindowModel::apply(Preset preset, const store::TimeWindow &window)
{
    // Every value set before any signal, so that a listener reads a consistent model.
    const qint64 playhead = std::clamp(m_playhead, window.from, window.to);
    const bool presetMoved = preset != m_preset;
    const bool windowMoved = window.from != m_window.from || window.to != m_window.to;
    const bool playheadMoved = playhead != m_playhead;
    m_preset = preset;
    m_window = window;
    m_playhead = playhead;
    if (presetMoved)
        Q_EMIT presetChanged(preset);
    if (windowMoved)
        Q_EMIT windowChanged(window.from, window.to);
    if (playheadMoved)
        Q_EMIT playheadChanged(playhead);
}

} // namespace yiping::workspace
