#include "Random.h"

#include <algorithm>
#include <numbers>

namespace yiping::gen {

Random::Random(quint64 seed, quint64 stream)
    : m_state(seed ^ (stream * 0xD1B54A32D192ED03ull))
{
    // Decorrelate nearby seeds and streams before the first draw.
    m_state = next();
}

double Random::normal()
{
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

int Random::weighted(const double *weights, int count)
{
    double total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double x = uniform() * total;
    for (int i = 0; i < count; ++i) {
        if (x < weights[i])
            return i;
        x -= weights[i];
    }
    return count - 1;
}

int WeightedTable::pick(Random &rng) const
{
    const double x = rng.uniform() * total();
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
    return std::min(int(it - m_cumulative.cbegin()), size() - 1);
}

} // namespace yiping::gen
