#include "analysis/ClassBreaks.h"

#include <algorithm>
#include <cmath>

namespace yiping::analysis {

namespace {

constexpr int kMaxDecimals = 6;

double roundUp(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    // The epsilon keeps 0.31 (0.31000000000000005 in binary) from becoming 0.32.
    return std::ceil(v * scale - 1e-9) / scale;
}

double roundDown(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::floor(v * scale + 1e-9) / scale;
}

} // namespace

ClassBreaks ClassBreaks::compute(QList<double> values, int classes, Method method)
{
    ClassBreaks b;
    b.m_method = method;
    values.removeIf([](double v) { return std::isnan(v); });
    if (values.isEmpty() || classes < 1)
        return b;
    std::sort(values.begin(), values.end());
    b.m_min = values.first();
    const double max = values.last();
    for (int i = 1; i <= classes; ++i) {
        double upper = max;
        if (i < classes) {
            if (method == Method::Quantile) {
                // The value below which i/classes of the areas fall (nearest rank).
                const qsizetype rank =
                    qsizetype(std::ceil(double(i) * double(values.size()) / classes)) - 1;
                upper = values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
            } else {
                upper = b.m_min + (max - b.m_min) * i / classes;
            }
        }
        if (b.m_upper.isEmpty() ? upper >= b.m_min : upper > b.m_upper.last())
            b.m_upper.append(upper);
    }
    if (b.m_upper.isEmpty() || b.m_upper.last() < max)
        b.m_upper.append(max);
    b.round(values);
    return b;
}

void ClassBreaks::round(const QList<double> &sorted)
{
    // Each inner break parts the values at or under it from the next one: the fewest
    // decimals at which every break, rounded up, still stays under its next value.
    QList<double> next; // the smallest value above each inner break
    for (qsizetype i = 0; i + 1 < m_upper.size(); ++i)
        next.append(*std::upper_bound(sorted.cbegin(), sorted.cend(), m_upper[i]));
    int decimals = 0;
    const auto parts = [&](int d) {
        for (qsizetype i = 0; i < next.size(); ++i)
            if (roundUp(m_upper[i], d) >= next[i])
                return false;
        return true;
    };
    while (decimals < kMaxDecimals && !parts(decimals))
        ++decimals;
    if (!parts(decimals))
        return; // values closer than a millionth: shown as they are
    m_decimals = decimals;
    for (double &upper : m_upper)
        upper = roundUp(upper, decimals);
    m_min = roundDown(m_min, decimals);
}

QString ClassBreaks::methodName() const
{
    return m_method == Method::Quantile ? tr("quantiles") : tr("equal intervals");
}

int ClassBreaks::classOf(double value) const
{
    if (std::isnan(value) || m_upper.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_upper.cbegin(), m_upper.cend(), value);
    return it == m_upper.cend() ? int(m_upper.size()) - 1 : int(it - m_upper.cbegin());
}

} // namespace yiping::analysis
