#pragma once

#include <QAbstractButton>

namespace yiping::ui {

// One linked record in a profile section: its title, and in smaller grey type what tells
// it apart (date, address, role). Clicking it (or Enter/Space) opens that record.
class LinkRow : public QAbstractButton
{
    Q_OBJECT

public:
    LinkRow(const QString &title, const QString &detail, QWidget *parent = nullptr);

    QString detail() const { return m_detail; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QFont detailFont() const;

    QString m_detail;
    bool m_hover = false;
};

} // namespace yiping::ui
