#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace yiping::ui {

// A new alert, shown for a few seconds in the corner of the window: non-modal, never
// taking focus, with its level as word and colour bar.
class AlertToast : public QFrame
{
    Q_OBJECT

public:
    explicit AlertToast(QWidget *window);

    void showAlert(const QString &level, const QString &title, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_title;
    QLabel *m_message;
    QTimer *m_timer;
};

} // namespace yiping::ui
