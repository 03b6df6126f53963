// The window's menus: its own actions (quit, sync, conflicts, the alerts dock, full
// screen, about), the current page's (PageChrome puts them in and takes them out), and
// the Go menu: Back/Forward through the selections, and a page for each of Ctrl+1…9.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "sync/SyncController.h"
#include "workspace/PageChrome.h"
#include "workspace/WorkspaceContext.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QMenuBar>
#include <QToolBar>

namespace yiping::ui {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *beforeQuit = file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *dataMenu = menuBar()->addMenu(tr("&Data"));
    dataMenu->addAction(tr("&Sync…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                        &MainWindow::showSyncDialog);
    dataMenu->addAction(tr("Sync &Now"), QKeySequence(Qt::Key_F5), m_sync,
                        &SyncController::syncNow);
    dataMenu->addAction(tr("Annotation &Conflicts…"), this, &MainWindow::showConflicts);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_alertsDock->toggleViewAction());
    QAction *beforeFullScreen = viewMenu->addSeparator();
    QAction *fullScreen = viewMenu->addAction(tr("F&ull Screen"), QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    createGoMenu(m_goMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Yiping"), this, &MainWindow::showAbout);

    QToolBar *pageTools = addToolBar(tr("Page Tools"));
    pageTools->setObjectName(QStringLiteral("pageToolBar"));
    pageTools->setMovable(false);
    m_chrome = new PageChrome(this, {file, beforeQuit, viewMenu, beforeFullScreen, pageTools});
}

void MainWindow::createGoMenu(QMenu *go)
{
    workspace::WorkspaceContext *context = workspace();
    QAction *back = go->addAction(tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left), context,
                                  &workspace::WorkspaceContext::goBack);
    back->setObjectName(QStringLiteral("goBack"));
    QAction *forward = go->addAction(tr("&Forward"), QKeySequence(Qt::ALT | Qt::Key_Right), context,
                                     &workspace::WorkspaceContext::goForward);
    forward->setObjectName(QStringLiteral("goForward"));
    const auto enableHistory = [back, forward, context] {
        back->setEnabled(context->canGoBack());
        forward->setEnabled(context->canGoForward());
    };
    enableHistory();
    connect(context, &workspace::WorkspaceContext::historyChanged, this, enableHistory);
    go->addSeparator(); // the pages follow, added with addPage
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_city, this);
    dialog.exec();
}

} // namespace yiping::ui
