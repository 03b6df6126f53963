#include "mapdata/Choropleth.h"

#include "Theme.h"
#include "map/LegendEntry.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace yiping::ui {

namespace {
// Indigo to lavender: lightness rises in even, visible steps from just above the navy
// canvas (L* about 16, 27, 39, 51, 64), the hue turning a little with it so that
// neighbouring classes part by hue as well. It stays apart from the four warning colours
// (red, orange, yellow, azure), the cyan accent and the heat's inferno; its top is a
// mid-tone, not a pale fill, so that a view filled with the top class stays dark and the
// markers over it read.
const QColor kRamp[] = {{0x23, 0x26, 0x4A},
                        {0x3B, 0x3A, 0x78},
                        {0x5B, 0x4F, 0x9E},
                        {0x84, 0x66, 0xC0},
                        {0xB2, 0x86, 0xDA}};
constexpr int kAlpha = 175;
constexpr int kRampSize = int(std::size(kRamp));

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}
} // namespace

QColor Choropleth::classColour(int cls, int classCount, Sense sense)
{
    if (sense == Sense::HighIsGood)
        cls = classCount - 1 - cls;
    QColor c = kRamp[kRampSize - 1];
    if (classCount > 1) {
        // Fewer classes (ties) spread over the whole ramp so the top is always the brightest.
        const int i = int(std::lround(double(cls) * (kRampSize - 1) / double(classCount - 1)));
        c = kRamp[std::clamp(i, 0, kRampSize - 1)];
    }
    c.setAlpha(kAlpha);
    return c;
}

Choropleth Choropleth::build(const QStringList &ids, const QHash<QString, double> &values,
                             Sense sense)
{
    Choropleth c;
    c.m_sense = sense;
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
            c.m_fills.append(classColour(cls, c.m_breaks.classCount(), sense));
        }
    }
    return c;
}

QList<LegendEntry> Choropleth::legend(const QString &metricTitle, const QString &windowText) const
{
    const auto line = [](const QString &text) {
        return LegendEntry{QColor(), LegendEntry::Swatch, {}, text};
    };
    QList<LegendEntry> out{line(metricTitle), line(windowText)};
    const int decimals = m_breaks.decimals();
    for (int i = 0; i < m_breaks.classCount(); ++i) {
        const double low = m_breaks.lowerBound(i), high = m_breaks.upperBound(i);
        // One value for every area (or a class of one rounded value) reads as that value.
        const QString text = number(low, decimals) == number(high, decimals)
                                 ? number(high, decimals)
                                 : QCoreApplication::translate("Choropleth", "%1 – %2")
                                       .arg(number(low, decimals), number(high, decimals));
        out.append({classColour(i, m_breaks.classCount(), m_sense), LegendEntry::Swatch, {}, text});
    }
    if (m_hasMissing || m_breaks.isEmpty())
        out.append({theme::gridFill,
                    LegendEntry::Swatch,
                    {},
                    QCoreApplication::translate("Choropleth", "No data")});
    if (!m_breaks.isEmpty()) {
        out.append(line(
            QCoreApplication::translate("Choropleth", "Classes: %1").arg(m_breaks.methodName())));
        if (m_sense == Sense::HighIsGood)
            out.append(line(QCoreApplication::translate("Choropleth",
                                                        "High is good: the lower, the brighter")));
    }
    return out;
}

} // namespace yiping::ui
