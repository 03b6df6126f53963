#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;

namespace yiping::workspace {
class WorkspaceContext;
}

namespace yiping::ui {

class AlertFilterBar;
class AlertFilterModel;
class AlertListModel;

// The alerts dock's content: the list of alerts, and 确认 for the chosen one — as a button
// under the list, in the row's context menu and as Ctrl+K while the list has focus. Only
// an open alert offers it; one acknowledged here shows 待上传 instead. An empty list says
// whether there is no open alert or the cache could not be read, and why.
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    AlertsPanel(AlertListModel *model, workspace::WorkspaceContext *workspace,
                QWidget *parent = nullptr);

    AlertFilterBar *filterBar() const { return m_filterBar; }
    AlertFilterModel *shownModel() const { return m_shown; }

    QListView *list() const { return m_list; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    // What the panel says instead of rows: none open, or why they could not be read.
    QString message() const;
    QPushButton *acknowledgeButton() const { return m_button; }
    // The alert the action applies to; empty when none is chosen.
    QString currentAlertId() const;

Q_SIGNALS:
    void alertActivated(const QString &alertId);
    // The pointer rests on an alert's row (empty: on none), for the workspace's hover.
    void alertHovered(const QString &alertId);
    void acknowledgeRequested(const QString &alertId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateAction();
    void updateMessage();
    void acknowledgeCurrent();
    void showContextMenu(const QPoint &pos);

    AlertListModel *m_model;
    AlertFilterModel *m_shown;
    AlertFilterBar *m_filterBar;
    QListView *m_list;
    QLabel *m_message;
    QPushButton *m_button;
    QAction *m_acknowledge;
};

} // namespace yiping::ui
