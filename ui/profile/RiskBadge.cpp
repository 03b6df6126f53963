#include "profile/RiskBadge.h"

#include "Theme.h"
#include "map/Symbols.h"

namespace yiping::ui {

RiskBadge::RiskBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("riskBadge"));
    setLevel(0);
}

QColor RiskBadge::colour(int level)
{
    return map::riskColour(level); // the map's colours, so a level looks the same everywhere
}

QString RiskBadge::numeral(int level)
{
    static const QString numerals[] = {QStringLiteral("Ⅳ"), QStringLiteral("Ⅲ"),
                                       QStringLiteral("Ⅱ"), QStringLiteral("Ⅰ")};
    return level >= 1 && level <= 4 ? numerals[level - 1] : QString();
}

QString RiskBadge::word(int level)
{
    switch (level) {
    case 4:
        return tr("Critical");
    case 3:
        return tr("High");
    case 2:
        return tr("Medium");
    case 1:
        return tr("Low");
    }
    return tr("Unknown");
}

QString RiskBadge::text(int level)
{
    return tr("Risk %1 · %2").arg(numeral(level), word(level));
}

void RiskBadge::setLevel(int level)
{
    m_level = level;
    setVisible(level >= 1 && level <= 4);
    setText(text(level));
    // Dark text on the light yellow, light text on the others: readable on every level.
    const QColor fg = level == 2 ? theme::background : QColor(Qt::white);
    setStyleSheet(QStringLiteral("QLabel#riskBadge { background: %1; color: %2; border-radius: "
                                 "9px; padding: 1px 9px; font-weight: 600; }")
                      .arg(colour(level).name(), fg.name()));
}

} // namespace yiping::ui
