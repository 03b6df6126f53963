#pragma once

#include "alerts/AlertAckState.h"
#include "store/Profile.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace yiping::ui {

// 全息档案: the full profile of one record beside the map. Header (portrait, title, risk,
// a 已脱敏 mark when identifiers are masked), fields, linked records by section, relation
// counts with the way into the graph, risk history, notes and a box to add one. It words
// a typed store::Profile (ProfileText) and lays it out; reading and masking happen before.
class ProfilePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePanel(QWidget *parent = nullptr);

    void setProfile(const store::Profile &profile);
    // Nothing selected: a hint on how to get a profile.
    void clear();
    void showLoading();
    void showError(const QString &message);
    // The data's "now", where the risk history line ends (a demo dataset ends at its
    // generation time, not at the wall clock). Applies from the next setProfile.
    void setNow(qint64 epochSeconds) { m_now = epochSeconds; }
    // Whether a graph view can take openGraph(): the button is only offered then, never
    // as a button that does nothing. Applies from the next setProfile.
    void setGraphAvailable(bool available) { m_graphAvailable = available; }

    // For an alert's profile: 确认 while it is open, 待上传 once acknowledged here, nothing
    // otherwise. Not part of store::Profile (the page reads it beside the profile); a new
    // record starts at None, a refresh of the same record keeps it.
    void setAlertAckState(AlertAckState state);
    AlertAckState alertAckState() const { return m_ackState; }

    // The record shown; empty id when none.
    const store::Profile &profile() const { return m_profile; }
    QString message() const; // the loading / error / empty text when no profile is shown

Q_SIGNALS:
    void linkActivated(yiping::domain::RefType type, const QString &id);
    void openGraph(const QString &personId);
    void noteRequested(yiping::domain::RefType type, const QString &id, const QString &text);
    void acknowledgeRequested(const QString &alertId);
    void closed();

private:
    void showMessage(const QString &text, bool error);
    QWidget *buildContent();
    QWidget *header();
    void addTitle(QVBoxLayout *layout, const QString &title, const QString &count = {});
    void addFields(QVBoxLayout *layout);
    void addSections(QVBoxLayout *layout);
    void addRelations(QVBoxLayout *layout);
    void addRiskHistory(QVBoxLayout *layout);
    void addNotes(QVBoxLayout *layout);
    void submitNote();
    QWidget *acknowledgement();
    void showAckState();

    store::Profile m_profile;
    qint64 m_now;
    bool m_graphAvailable = false;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    QLabel *m_message;
    QPlainTextEdit *m_noteEdit = nullptr;
    QPushButton *m_addNote = nullptr;
    AlertAckState m_ackState = AlertAckState::None;
    QPushButton *m_acknowledge = nullptr;
    QLabel *m_ackPending = nullptr;
};

} // namespace yiping::ui
