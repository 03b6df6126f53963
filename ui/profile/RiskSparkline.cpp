#include "profile/RiskSparkline.h"

#include "Theme.h"
#include "map/Symbols.h"

#include <QPainter>

#include <algorithm>

namespace yiping::ui {

RiskSparkline::RiskSparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void RiskSparkline::setHistory(const QList<store::RiskChange> &history, qint64 now)
{
    m_history = history;
    m_now = now;
    update();
}

void RiskSparkline::paintEvent(QPaintEvent *)
{
    if (m_history.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = QRectF(rect()).adjusted(5, 5, -5, -5);
    const qint64 t0 = m_history.first().at;
    const qint64 t1 = std::max({m_now, m_history.last().at, t0 + 1});
    auto x = [&](qint64 t) {
        return plot.left() + plot.width() * double(t - t0) / double(t1 - t0);
    };
    auto y = [&](int level) {
        return plot.bottom() - plot.height() * (std::clamp(level, 1, 4) - 1) / 3.0;
    };

    p.setPen(QPen(theme::border, 1, Qt::DotLine));
    for (int level = 1; level <= 4; ++level)
        p.drawLine(QPointF(plot.left(), y(level)), QPointF(plot.right(), y(level)));

    QPolygonF steps;
    for (int i = 0; i < m_history.size(); ++i) {
        const QPointF at(x(m_history[i].at), y(m_history[i].level));
        if (i > 0)
            steps.append(QPointF(at.x(), steps.last().y()));
        steps.append(at);
    }
    steps.append(QPointF(x(t1), steps.last().y()));
    p.setPen(QPen(theme::textSecondary, 1.5));
    p.drawPolyline(steps);

    p.setPen(QPen(theme::background, 1));
    for (const store::RiskChange &c : m_history) {
        p.setBrush(map::riskColour(c.level));
        p.drawEllipse(QPointF(x(c.at), y(c.level)), 4, 4);
    }
}

} // namespace yiping::ui
