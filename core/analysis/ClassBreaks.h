#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace yiping::analysis {

// Class breaks for a choropleth: how a metric's values are cut into 5–7 colour classes.
// Quantile breaks are the default (every class holds about as many areas), equal
// intervals the alternative; the legend names the method.
//
// Breaks are rounded for a reader: each becomes the roundest number that still parts the
// same values (at least the values under it, below the next value), at one precision for
// all (decimals()): "7.0 – 7.5", not "6.961 – 7.403". The lowest bound is the minimum
// rounded down and the highest the maximum rounded up, so every value lies inside.
class ClassBreaks
{
    Q_DECLARE_TR_FUNCTIONS(ClassBreaks)

public:
    enum class Method { Quantile, EqualInterval };

    // Values that are NaN are ignored (an area with no data is drawn as such, not as 0).
    // Ties can make fewer classes than asked: breaks are strictly increasing.
    static ClassBreaks compute(QList<double> values, int classes, Method method = Method::Quantile);

    Method method() const { return m_method; }
    QString methodName() const;
    int classCount() const { return int(m_upper.size()); }
    bool isEmpty() const { return m_upper.isEmpty(); }
    double minimum() const { return m_min; }
    // The decimals the rounded bounds are written with.
    int decimals() const { return m_decimals; }
    // Upper bound (inclusive) of class i; the last one is the maximum.
    double upperBound(int i) const { return m_upper.at(i); }
    double lowerBound(int i) const { return i == 0 ? m_min : m_upper.at(i - 1); }
    // The class of a value: 0 … classCount()-1; -1 for NaN or when there are no classes.
    int classOf(double value) const;

private:
    void round(const QList<double> &sorted);

    Method m_method = Method::Quantile;
    double m_min = 0;
    int m_decimals = 0;
    QList<double> m_upper;
};

} // namespace yiping::analysis
