#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace yiping::store {

// A half-open interval of time, [from, to), in epoch seconds.
struct TimeWindow
{
    qint64 from = 0;
    qint64 to = 0;
};

// One event as the map draws it: projected once (normalised Web Mercator, see
// geo::WebMercator) so that panning and zooming never reproject 300,000 points.
struct EventPoint
{
    QPointF mercator;
    qint64 occurredAt = 0;
    domain::EventSource source = domain::EventSource::Unknown;
    int severity = 0;
    qint32 row = 0; // index into the EventSet, for idAt()
};

// Every located, dated event in memory, in columns sorted by time: the time slider filters
// by binary search instead of asking SQLite on every move. Immutable once built, so it
// can be shared between the GUI thread and a loader thread.
class EventSet
{
public:
    EventSet() = default;
    qsizetype size() const { return qsizetype(m_at.size()); }
    // The events with from <= occurredAt < to, oldest first.
    QList<EventPoint> inWindow(const TimeWindow &w) const;
    // How many events fall in each of `buckets` equal slices of the window: an event at t
    // counts in slice floor((t - from) * buckets / (to - from)). Empty when buckets < 1 or
    // the window is empty.
    QList<int> histogram(const TimeWindow &w, int buckets) const;
    // The event id of a row (EventPoint::row); empty when out of range.
    QString idAt(qint32 row) const;
    // Time of the oldest and newest event; 0 when empty.
    qint64 first() const;
    qint64 last() const;

    // Building: append in any order, then finish() sorts by time.
    void append(const QString &id, const QPointF &mercator, qint64 occurredAt,
                domain::EventSource source, int severity);
    void finish();

private:
    // Row range [begin, end) of the window.
    std::pair<qsizetype, qsizetype> range(const TimeWindow &w) const;

    std::vector<qint64> m_at;
    std::vector<QPointF> m_mercator;
    std::vector<quint8> m_source;
    std::vector<quint8> m_severity;
    QStringList m_ids;
};

} // namespace yiping::store
