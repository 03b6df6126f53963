#include "store/EventSet.h"

#include <algorithm>
#include <numeric>

namespace yiping::store {

void EventSet::append(const QString &id, const QPointF &mercator, qint64 occurredAt,
                      domain::EventSource source, int severity)
{
    m_at.push_back(occurredAt);
    m_mercator.push_back(mercator);
    m_source.push_back(quint8(source));
    m_severity.push_back(quint8(std::clamp(severity, 0, 255)));
    m_ids.append(id);
}

void EventSet::finish()
{
    // Sort the columns by time through a permutation; stable so that events of the same
    // second keep the order they were read in (by rid: the order the server sent them).
    std::vector<qint32> order(m_at.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](qint32 a, qint32 b) { return m_at[size_t(a)] < m_at[size_t(b)]; });
    if (std::is_sorted(order.begin(), order.end()))
        return;
    auto permute = [&order](auto &column) {
        std::remove_reference_t<decltype(column)> sorted;
        sorted.reserve(column.size());
        for (qint32 i : order)
            sorted.push_back(column[i]);
        column = std::move(sorted);
    };
    permute(m_at);
    permute(m_mercator);
    permute(m_source);
    permute(m_severity);
    QStringList ids;
    ids.reserve(m_ids.size());
    for (qint32 i : order)
        ids.append(m_ids.at(i));
    m_ids = std::move(ids);
}

std::pair<qsizetype, qsizetype> EventSet::range(const TimeWindow &w) const
{
    if (w.to <= w.from)
        return {0, 0};
    const auto begin = std::lower_bound(m_at.begin(), m_at.end(), w.from);
    const auto end = std::lower_bound(begin, m_at.end(), w.to);
    return {begin - m_at.begin(), end - m_at.begin()};
}

QList<EventPoint> EventSet::inWindow(const TimeWindow &w) const
{
    const auto [begin, end] = range(w);
    QList<EventPoint> out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const size_t k = size_t(i);
        out.append(EventPoint{m_mercator[k], m_at[k], domain::EventSource(m_source[k]),
                              int(m_severity[k]), qint32(i)});
    }
    return out;
}

QList<int> EventSet::histogram(const TimeWindow &w, int buckets) const
{
    if (buckets < 1 || w.to <= w.from)
        return {};
    QList<int> counts(buckets, 0);
    const auto [begin, end] = range(w);
    // Integer arithmetic: slice of t is (t - from) * buckets / span, exact for any span.
    const qint64 span = w.to - w.from;
    for (qsizetype i = begin; i < end; ++i) {
        const qint64 offset = m_at[size_t(i)] - w.from;
        const auto slice = qsizetype(offset * buckets / span); // < 2^63 for any real window
        ++counts[std::min<qsizetype>(slice, buckets - 1)];
    }
    return counts;
}

QString EventSet::idAt(qint32 row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

qint64 EventSet::first() const
{
    return m_at.empty() ? 0 : m_at.front();
}

qint64 EventSet::last() const
{
    return m_at.empty() ? 0 : m_at.back();
}

} // namespace yiping::store
