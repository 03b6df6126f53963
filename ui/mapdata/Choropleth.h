#pragma once

#include "analysis/ClassBreaks.h"
#include "map/LegendEntry.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace yiping::ui {

// The grid layer's colouring: the metric's values cut into quantile classes (rounded for a
// reader, see ClassBreaks) and painted with one sequential ramp of rising lightness (visual
// rules: on a dark map, low is close to the background and high is bright). "Bright" always
// means "look here": for a metric where high is good (the sense of safety) the ramp turns,
// and the legend says so. Regions without data keep the plain grid fill.
class Choropleth
{
public:
    static constexpr int kClasses = 5;

    enum class Sense { HighIsWorse, HighIsGood };

    // `ids` in the layer's feature order; `values` by region id (NaN: no data).
    static Choropleth build(const QStringList &ids, const QHash<QString, double> &values,
                            Sense sense = Sense::HighIsWorse);

    const QList<QColor> &fills() const { return m_fills; }
    const analysis::ClassBreaks &breaks() const { return m_breaks; }
    // Class `cls` of `classCount`, the brightest for the class most to look at.
    static QColor classColour(int cls, int classCount, Sense sense = Sense::HighIsWorse);
    // The legend: the metric with its unit and the time window on lines of their own (never
    // cut), one line per class ("7.0 – 7.5"), "no data", the method, and for a metric where
    // high is good, that the ramp is turned.
    QList<LegendEntry> legend(const QString &metricTitle, const QString &windowText) const;

private:
    analysis::ClassBreaks m_breaks;
    QList<QColor> m_fills;
    bool m_hasMissing = false;
    Sense m_sense = Sense::HighIsWorse;
};

} // namespace yiping::ui
