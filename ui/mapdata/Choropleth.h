#pragma once

#include "analysis/ClassBreaks.h"
#include "map/LegendEntry.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace yiping::ui {

// The grid layer's colouring: the metric's values cut into quantile classes and painted
// with one sequential ramp of rising lightness (visual rules: on a dark map, low is close
// to the background and high is bright). Regions without data keep the plain grid fill.
class Choropleth
{
public:
    static constexpr int kClasses = 5;

    // `ids` in the layer's feature order; `values` by region id (NaN: no data).
    static Choropleth build(const QStringList &ids, const QHash<QString, double> &values);

    const QList<QColor> &fills() const { return m_fills; }
    const analysis::ClassBreaks &breaks() const { return m_breaks; }
    static QColor classColour(int cls, int classCount);
    // The legend: one line per class ("12.5 – 30.1"), a "no data" line, the method named.
    QList<LegendEntry> legend(const QString &metricName, const QString &windowText) const;

private:
    analysis::ClassBreaks m_breaks;
    QList<QColor> m_fills;
    bool m_hasMissing = false;
};

} // namespace yiping::ui
