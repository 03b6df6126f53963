#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace yiping::workspace {
class WorkspaceContext;
}

namespace yiping::ui {

class AlertFilterModel;
class AlertListModel;

// Over the alert list: how many alerts are open at each level (Ⅰ–Ⅳ, each a toggle that
// shows or hides its level), the rule and the state to show, the order, and "only the
// region in view" (the map's breadcrumb). It writes the workspace's alert filters (so the
// map's alerts narrow too) and shows them whoever wrote them; the order is the list's own.
class AlertFilterBar : public QWidget
{
    Q_OBJECT

public:
    AlertFilterBar(AlertListModel *alerts, AlertFilterModel *shown,
                   workspace::WorkspaceContext *workspace, QWidget *parent = nullptr);

    // Level 4 (Ⅰ) … 1 (Ⅳ).
    QToolButton *levelButton(int level) const;
    QComboBox *ruleBox() const { return m_rule; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *orderBox() const { return m_order; }
    QCheckBox *regionBox() const { return m_region; }
    // "显示 12 / 40" while a filter hides some; empty otherwise.
    QString shownText() const;

private:
    void writeLevels();
    void writeRule();
    void writeStatus();
    void writeRegion();
    void follow(); // the workspace's filters into the controls and the list
    void updateCounts();
    void updateRules();

    AlertListModel *m_alerts;
    AlertFilterModel *m_shown;
    workspace::WorkspaceContext *m_workspace;
    QList<QToolButton *> m_levels; // Ⅰ (4) first
    QLabel *m_open;
    QLabel *m_shownLabel;
    QComboBox *m_rule;
    QComboBox *m_status;
    QComboBox *m_order;
    QCheckBox *m_region;
    bool m_following = false;
};

} // namespace yiping::ui
