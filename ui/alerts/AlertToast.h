#pragma once

#include "domain/Links.h"

#include <QFrame>

class QLabel;
class QTimer;

namespace yiping::ui {

// A new alert, shown for a few seconds in the corner of the window: non-modal, never
// taking focus, with its level by its one name (domain::Levels) and a bar of its colour.
class AlertToast : public QFrame
{
    Q_OBJECT

public:
    explicit AlertToast(QWidget *window);

    void showAlert(const domain::Alert &alert);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_title;
    QLabel *m_message;
    QTimer *m_timer;
};

} // namespace yiping::ui
