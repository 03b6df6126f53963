#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SyncDialog;
}

namespace yiping::ui {

class SyncController;

// 同步: the server and user to sync with, the password for this session, and one row
// per collection with its counts, cursor and state or error. Non-blocking: the sync runs
// in the controller's worker thread while the dialog shows its progress.
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncDialog(SyncController *controller, QWidget *parent = nullptr);
    ~SyncDialog() override;

private:
    void signIn();
    void refresh();

    std::unique_ptr<Ui::SyncDialog> m_ui;
    SyncController *m_controller;
};

} // namespace yiping::ui
