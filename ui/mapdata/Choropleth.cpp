#include "mapdata/Choropleth.h"

#include "Theme.h"
#include "map/LegendEntry.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace yiping::ui {

namespace {
// A desaturated steel-blue ramp whose lightness rises monotonically from just above the
// navy canvas to a pale ice blue: it reads as "more" without meaning "warning", stays apart
// from the saturated blue of level Ⅳ and the cyan accent, and leaves the warm colours to
// the heat layer drawn over it.
const QColor kRamp[] = {{0x1C, 0x2F, 0x4D},
                        {0x27, 0x46, 0x6E},
                        {0x35, 0x62, 0x92},
                        {0x55, 0x87, 0xB8},
                        {0x93, 0xBE, 0xE0}};
constexpr int kAlpha = 190;

// As many decimals as it takes to tell neighbouring classes apart: counts show none, rates
// one, and rates that differ by hundredths two.
QString number(double v, double step)
{
    const bool whole = std::abs(v - std::round(v)) < 1e-9;
    const int decimals = whole && step >= 1 ? 0 : step >= 1 ? 1 : step >= 0.1 ? 2 : 3;
    return QLocale().toString(v, 'f', decimals);
}
} // namespace

QColor Choropleth::classColour(int cls, int classCount)
{
    if (classCount <= 1)
        return kRamp[4];
    // Fewer classes (ties) spread over the whole ramp so the top is always the brightest.
    const int i = int(std::lround(double(cls) * 4.0 / double(classCount - 1)));
    QColor c = kRamp[std::clamp(i, 0, 4)];
    c.setAlpha(kAlpha);
    return c;
}

Choropleth Choropleth::build(const QStringList &ids, const QHash<QString, double> &values)
{
    Choropleth c;
    QList<double> present;
    present.reserve(ids.size());
    for (const QString &id : ids)
        present.append(values.value(id, std::nan("")));
    c.m_breaks = analysis::ClassBreaks::compute(present, kClasses);
    c.m_fills.reserve(ids.size());
    for (double v : std::as_const(present)) {
        const int cls = c.m_breaks.classOf(v);
        if (cls < 0) {
            c.m_hasMissing = true;
            c.m_fills.append(theme::gridFill);
        } else {
            c.m_fills.append(classColour(cls, c.m_breaks.classCount()));
        }
    }
    return c;
}

QList<LegendEntry> Choropleth::legend(const QString &metricName, const QString &windowText) const
{
    QList<LegendEntry> out;
    out.append({QColor(),
                LegendEntry::Swatch,
                {},
                QCoreApplication::translate("Choropleth", "%1 · %2").arg(metricName, windowText)});
    double step = std::numeric_limits<double>::max();
    for (int i = 0; i < m_breaks.classCount(); ++i)
        if (const double w = m_breaks.upperBound(i) - m_breaks.lowerBound(i); w > 0)
            step = std::min(step, w);
    for (int i = 0; i < m_breaks.classCount(); ++i) {
        const double low = m_breaks.lowerBound(i), high = m_breaks.upperBound(i);
        // A class of one value (the lowest, when few areas share the classes) reads as that
        // value, not as a range from it to itself.
        const QString text = low == high ? number(low, step)
                                         : QCoreApplication::translate("Choropleth", "%1 – %2")
                                               .arg(number(low, step), number(high, step));
        out.append({classColour(i, m_breaks.classCount()), LegendEntry::Swatch, {}, text});
    }
    if (m_hasMissing || m_breaks.isEmpty())
        out.append({theme::gridFill,
                    LegendEntry::Swatch,
                    {},
                    QCoreApplication::translate("Choropleth", "No data")});
    if (!m_breaks.isEmpty())
        out.append(
            {QColor(),
             LegendEntry::Swatch,
             {},
             QCoreApplication::translate("Choropleth", "Classes: %1").arg(m_breaks.methodName())});
    return out;
}

} // namespace yiping::ui
