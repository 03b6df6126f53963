#pragma once

// A bench's goals as checks. Each figure is printed beside the README's goal and the budget
// it must meet (a multiple of the goal, so that a debug build on a loaded 2-core machine
// passes and a real regression does not); exitCode() is 1 when any budget was missed, so
// that `ctest -L perf` fails.
#include <QString>
#include <QTextStream>

namespace bench {

// Budgets are the README's goals with this much slack.
constexpr double kSlack = 3.0;

class Budget
{
public:
    explicit Budget(QTextStream &out)
        : m_out(out)
    {}

    // `value` must stay under goal × kSlack.
    void atMost(const QString &what, double value, double goal, const QString &unit)
    {
        check(what, value, value <= goal * kSlack, QStringLiteral("< %1").arg(goal),
              QStringLiteral("< %1").arg(goal * kSlack), unit);
    }
    // `value` must stay above goal / kSlack.
    void atLeast(const QString &what, double value, double goal, const QString &unit)
    {
        check(what, value, value >= goal / kSlack, QStringLiteral(">= %1").arg(goal),
              QStringLiteral(">= %1").arg(goal / kSlack, 0, 'g', 4), unit);
    }

    int exitCode() const
    {
        m_out << (m_missed ? "perf: budget missed" : "perf: every budget met") << Qt::endl;
        return m_missed ? 1 : 0;
    }

private:
    void check(const QString &what, double value, bool met, const QString &goal,
               const QString &budget, const QString &unit)
    {
        m_missed = m_missed || !met;
        m_out << (met ? "perf ok:   " : "perf MISS: ") << what << ' '
              << QString::number(value, 'g', 4) << ' ' << unit << " (goal " << goal << ", budget "
              << budget << ')' << Qt::endl;
    }

    QTextStream &m_out;
    bool m_missed = false;
};

} // namespace bench
