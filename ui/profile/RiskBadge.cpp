#include "profile/RiskBadge.h"

#include "Theme.h"
#include "domain/Levels.h"
#include "map/Symbols.h"

namespace yiping::ui {

RiskBadge::RiskBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("riskBadge"));
    setLevel(0);
}

QString RiskBadge::text(int level)
{
    return tr("Risk %1").arg(domain::Levels::name(level));
}

void RiskBadge::setLevel(int level)
{
    m_level = level;
    setVisible(domain::Levels::isKnown(level));
    setText(text(level));
    // Dark text on the light yellow, light text on the others: readable on every level.
    const QColor fg = level == 2 ? theme::background : QColor(Qt::white);
    setStyleSheet(QStringLiteral("QLabel#riskBadge { background: %1; color: %2; border-radius: "
                                 "9px; padding: 1px 9px; font-weight: 600; }")
                      .arg(map::riskColour(level).name(), fg.name()));
}

} // namespace yiping::ui
