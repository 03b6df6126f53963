#pragma once

#include "map/LegendEntry.h"

#include <QWidget>

namespace yiping::ui {

// A layer's legend: one mark and its text per line (level names, class breaks, units).
class LegendView : public QWidget
{
    Q_OBJECT

public:
    explicit LegendView(QWidget *parent = nullptr);

    void setEntries(const QList<LegendEntry> &entries);
    const QList<LegendEntry> &entries() const { return m_entries; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int lineHeight() const;
    int linesOf(const LegendEntry &e, int width) const;

    QList<LegendEntry> m_entries;
};

} // namespace yiping::ui
