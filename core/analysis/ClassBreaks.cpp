#include "analysis/ClassBreaks.h"

#include <algorithm>
#include <cmath>

namespace yiping::analysis {

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
    return b;
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
