#pragma once

#include <QLabel>

namespace yiping::ui {

// A risk level as a coloured pill with its national numeral and word, never colour alone:
// risk 4 is red Ⅰ (critical), 3 orange Ⅱ, 2 yellow Ⅲ, 1 blue Ⅳ (low).
class RiskBadge : public QLabel
{
    Q_OBJECT

public:
    explicit RiskBadge(QWidget *parent = nullptr);
    void setLevel(int level); // hidden for 0 (none) and unknown levels
    int level() const { return m_level; }

    // "Risk Ⅰ · Critical": the level's one name (domain::Levels) as a risk.
    static QString text(int level);

private:
    int m_level = 0;
};

} // namespace yiping::ui
