#include "SyncDialog.h"

#include "SyncController.h"
#include "SyncStatusModel.h"
#include "ui_SyncDialog.h"

#include <QHeaderView>

namespace yiping::ui {

SyncDialog::SyncDialog(SyncController *controller, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SyncDialog>())
    , m_controller(controller)
{
    m_ui->setupUi(this);
    const SyncSettings s = controller->settings();
    m_ui->server->setText(s.server.toString());
    m_ui->user->setText(s.user);
    m_ui->caFile->setText(s.caFile);
    m_ui->table->setModel(controller->model());
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->signIn, &QPushButton::clicked, this, &SyncDialog::signIn);
    connect(m_ui->syncNow, &QPushButton::clicked, controller, &SyncController::syncNow);
    connect(m_ui->cancel, &QPushButton::clicked, controller, &SyncController::cancel);
    connect(controller, &SyncController::statusChanged, this, &SyncDialog::refresh);
    refresh();
}

SyncDialog::~SyncDialog() = default;

void SyncDialog::signIn()
{
    SyncSettings s;
    s.server = QUrl::fromUserInput(m_ui->server->text().trimmed());
    s.user = m_ui->user->text().trimmed();
    s.caFile = m_ui->caFile->text().trimmed();
    if (!s.server.isValid() || s.user.isEmpty() || m_ui->password->text().isEmpty()) {
        m_ui->status->setText(tr("Enter the server, the user and the password."));
        return;
    }
    m_controller->signIn(s, m_ui->password->text());
    m_ui->password->clear(); // the worker holds it now; nothing else keeps a copy
}

void SyncDialog::refresh()
{
    m_ui->status->setText(m_controller->statusText());
    m_ui->syncNow->setEnabled(m_controller->isSignedIn() && !m_controller->isRunning());
    m_ui->cancel->setEnabled(m_controller->isRunning());
}

} // namespace yiping::ui
