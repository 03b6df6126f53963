#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>

namespace yiping::gen {

// SplitMix64 with our own distributions: std:: distributions differ between standard
// libraries, and the dataset must be byte-identical for a given seed everywhere.
class Random
{
public:
    explicit Random(quint64 seed, quint64 stream = 0);

    // An independent generator for one concern (a collection, one person's tracks), so
    // that changing how one collection is drawn leaves the others untouched.
    Random fork(quint64 tag) const { return Random(m_state, tag); }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // [0, n): 32-bit multiply-high; the bias for int-sized n is far below anything visible.
    int below(int n) { return n <= 0 ? 0 : int((next() >> 32) * quint64(n) >> 32); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(double p) { return uniform() < p; }
    double normal(); // standard normal, Box-Muller
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    // Index drawn with probability proportional to weights[i].
    int weighted(const double *weights, int count);
    template<int N> int weighted(const double (&weights)[N]) { return weighted(weights, N); }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list[below(int(list.size()))];
    }

private:
    quint64 m_state;
};

// Weighted choice among many items (cells by population, sites by attraction) by binary
// search over cumulative weights.
class WeightedTable
{
public:
    void add(double weight) { m_cumulative.append(total() + std::max(0.0, weight)); }
    double total() const { return m_cumulative.isEmpty() ? 0.0 : m_cumulative.last(); }
    int size() const { return int(m_cumulative.size()); }
    int pick(Random &rng) const;

private:
    QList<double> m_cumulative;
};

} // namespace yiping::gen
