#pragma once

#include <QLabel>

namespace yiping {

// A one-line label that gives way on a narrow window by eliding its text ("…") instead of
// cutting it off mid-letter; the whole text is then its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace yiping
