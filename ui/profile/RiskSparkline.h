#pragma once

#include "store/Profile.h"

#include <QWidget>

namespace yiping::ui {

// A record's risk level over time as a step line, each change a dot in its level's
// colour; the levels 1–4 are the four rows.
class RiskSparkline : public QWidget
{
    Q_OBJECT

public:
    explicit RiskSparkline(QWidget *parent = nullptr);
    void setHistory(const QList<store::RiskChange> &history, qint64 now);
    QSize sizeHint() const override { return {240, 44}; }
    QSize minimumSizeHint() const override { return {80, 44}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<store::RiskChange> m_history; // oldest first
    qint64 m_now = 0;
};

} // namespace yiping::ui
