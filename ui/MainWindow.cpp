#include "MainWindow.h"

#include "CacheSummary.h"
#include "Page.h"
#include "Theme.h"
#include "alerts/AlertAcknowledger.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertToast.h"
#include "alerts/AlertsPanel.h"
#include "read/ReadService.h"
#include "store/AlertReader.h"
#include "sync/ConflictDialog.h"
#include "sync/ConflictListModel.h"
#include "sync/SyncController.h"
#include "sync/SyncDialog.h"
#include "workspace/PageChrome.h"
#include "workspace/PageRegistry.h"
#include "workspace/Session.h"
#include "workspace/WorkspaceContext.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace yiping::ui {

namespace {
// The open alerts listed: the newest of them, more than a shift works through (the
// dock says how many it leaves out).
constexpr int kListedAlerts = 5000;
} // namespace

MainWindow::MainWindow(const CityManifest &city, QWidget *parent)
    : QMainWindow(parent)
    , m_city(city)
    , m_reads(new read::ReadService(QStringLiteral("window reads"), this))
    , m_registry(new PageRegistry(this))
    , m_switcher(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_pageActions(new QActionGroup(this))
    , m_cacheLabel(new QLabel)
    , m_syncLabel(new QLabel)
    , m_sync(new SyncController(this))
    , m_alerts(new AlertListModel(this))
    , m_toast(new AlertToast(this))
    , m_ack(new AlertAcknowledger(m_reads, this))
    , m_conflicts(new QToolButton)
{
    setWindowTitle(tr("Yiping · %1 Command Center").arg(city.name));
    m_services = {new workspace::WorkspaceContext(this), new workspace::Session(this), m_alerts,
                  m_ack};

    m_switcher->setObjectName(QStringLiteral("pageSwitcher"));
    m_switcher->setFixedWidth(84);
    m_switcher->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_switcher);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_switcher, &QListWidget::currentRowChanged, m_registry,
            &PageRegistry::setCurrentIndex);
    connect(m_registry, &PageRegistry::currentChanged, this, &MainWindow::onCurrentPage);

    createAlertsDock();
    createMenus();

    statusBar()->addWidget(new QLabel(tr("%1 · coordinates %2").arg(city.name, city.crs)));
    // The data age and sync state may be long (a reason, a path): they are cut on a narrow
    // window rather than widening it; the tooltip has the whole text.
    for (QLabel *label : {m_cacheLabel, m_syncLabel})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_cacheLabel, 3);
    statusBar()->addWidget(m_syncLabel, 2);
    // Conflicts wait for the user, so they get a button of their own beside the sync state.
    m_conflicts->setObjectName(QStringLiteral("conflictsButton"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setStyleSheet(QStringLiteral("color: %1").arg(theme::levelOrange.name()));
    m_conflicts->setToolTip(tr("Annotations the server refused because someone changed them "
                               "first: choose which version stays"));
    connect(m_conflicts, &QToolButton::clicked, this, &MainWindow::showConflicts);
    statusBar()->addWidget(m_conflicts);
    onSyncStatus();
    connect(m_sync, &SyncController::statusChanged, this, &MainWindow::onSyncStatus);
    connect(m_sync, &SyncController::alertArrived, this, &MainWindow::onLiveAlert);
    connect(m_sync, &SyncController::cacheChanged, this, &MainWindow::showCacheStatus);
    // Identifiers are unmasked only as far as the server's answer to the sign-in allows
    // (kept for offline use); the cache itself holds what the server served that user.
    session()->setClearance(m_sync->clearance());
    connect(m_sync, &SyncController::clearanceChanged, session(),
            &workspace::Session::setClearance);

    // 确认 from the dock or an alert's profile: one acknowledger, every view follows it.
    connect(m_alertsPanel, &AlertsPanel::acknowledgeRequested, m_ack,
            &AlertAcknowledger::acknowledge);
    connect(m_ack, &AlertAcknowledger::stateChanged, m_alerts, &AlertListModel::setAckState);
    connect(m_ack, &AlertAcknowledger::failed, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
}

void MainWindow::addPage(Page *page)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_switcher);
    item->setTextAlignment(Qt::AlignCenter);
    item->setData(Qt::UserRole, page->name());
    // Ctrl+1…9 in the Go menu, in switcher order.
    const int index = m_switcher->count() - 1;
    QAction *go = m_goMenu->addAction(page->icon(), page->title());
    go->setCheckable(true);
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    m_pageActions->addAction(go);
    connect(go, &QAction::triggered, m_registry,
            [this, index] { m_registry->setCurrentIndex(index); });
    m_chrome->adopt(page);
    connect(page, &Page::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_registry->add(page);
}

Page *MainWindow::currentPage() const
{
    return m_registry->current();
}

void MainWindow::onCurrentPage(Page *current, Page *previous)
{
    const int index = m_registry->currentIndex();
    m_pages->setCurrentWidget(current);
    m_switcher->setCurrentRow(index);
    m_pageActions->actions().at(index)->setChecked(true);
    m_chrome->switchTo(current, previous);
}

void MainWindow::showPageFor(domain::RefType type)
{
    if (currentPage() && currentPage()->shows(type))
        return;
    for (Page *page : m_registry->pages()) {
        if (page->shows(type)) {
            m_registry->setCurrent(page->name());
            return;
        }
    }
}

void MainWindow::onSyncStatus()
{
    m_syncLabel->setText(m_sync->statusText());
    const int conflicts = m_sync->conflictCount();
    m_conflicts->setText(tr("%n conflict(s)…", nullptr, conflicts));
    m_conflicts->setVisible(conflicts > 0);
    // The server requires an author: the user signed in, or the one who last did.
    m_ack->setAuthor(m_sync->settings().user);
    session()->setAuthor(m_sync->settings().user);
}

void MainWindow::readConflictCount()
{
    m_reads->request(
        QStringLiteral("conflicts"),
        [](read::ReadContext &c) {
            return c.hasCache() ? ConflictListModel::read(c.store().database())
                                : ConflictListModel::ReadResult();
        },
        [this](const read::ReadResult<ConflictListModel::ReadResult> &r) {
            // A cache that cannot be read says so in the status bar's cache line.
            m_sync->setConflictCount(r.ok() ? int(r->conflicts.size()) : 0);
        });
}

void MainWindow::showConflicts()
{
    auto *dialog = new ConflictDialog(m_reads, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::conflictsChanged, m_sync, &SyncController::setConflictCount);
    dialog->show();
}

bool MainWindow::isCacheStatusPending() const
{
    if (m_reads->isBusy())
        return true;
    for (const Page *page : m_registry->pages())
        if (page->isBusy())
            return true;
    return false;
}

void MainWindow::showCacheStatus(const QString &cachePath)
{
    m_cachePath = cachePath;
    session()->setCachePath(cachePath);
    m_reads->setCachePath(cachePath);
    readConflictCount();
    m_cacheLabel->setText(tr("Opening the local cache…"));
    m_reads->request(QStringLiteral("summary"), &CacheSummary::read,
                     [this](const read::ReadResult<CacheSummary> &r) {
                         CacheSummary summary = r.ok() ? *r : CacheSummary();
                         if (!r.ok())
                             summary.error = r.error;
                         // One line in the status bar (a long reason would make the window
                         // taller than the screen); the whole text in the tooltip.
                         const QString status = summary.statusText(QDateTime::currentDateTime());
                         m_cacheLabel->setText(status.section(QLatin1Char('\n'), 0, 0));
                         m_cacheLabel->setToolTip(m_cachePath + QLatin1Char('\n') + status);
                         for (const QString &notice : summary.notices)
                             statusBar()->showMessage(notice, 15000);
                     });
    m_reads->request(
        QStringLiteral("alerts"),
        [](read::ReadContext &c) {
            // No cache yet is no alert yet, not an error.
            return c.hasCache() ? store::AlertReader(c.store().database()).open(kListedAlerts)
                                : store::AlertReader::Result();
        },
        [this](const read::ReadResult<store::AlertReader::Result> &r) {
            m_alerts->setAlerts(r.ok() ? *r : store::AlertReader::Result{{}, 0, r.error});
        });
}

void MainWindow::createAlertsDock()
{
    m_alertsDock = new QDockWidget(tr("Alerts"), this);
    m_alertsDock->setObjectName(QStringLiteral("alertsDock"));
    m_alertsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_alertsPanel = new AlertsPanel(m_alerts, workspace());
    // An alert in the list is selected for every page; one that shows alerts comes forward.
    connect(m_alertsPanel, &AlertsPanel::alertActivated, this, [this](const QString &id) {
        showPageFor(domain::RefType::Alert);
        workspace()->select({domain::RefType::Alert, id});
    });
    connect(m_alertsPanel, &AlertsPanel::alertHovered, this, [this](const QString &id) {
        workspace()->setHovered(id.isEmpty() ? workspace::ItemRef()
                                             : workspace::ItemRef{domain::RefType::Alert, id});
    });
    m_alertsDock->setWidget(m_alertsPanel);
    m_alertsDock->setMinimumWidth(240);
    addDockWidget(Qt::RightDockWidgetArea, m_alertsDock);
    resizeDocks({m_alertsDock}, {340}, Qt::Horizontal); // narrower only on small windows
}

void MainWindow::onLiveAlert(const QJsonObject &json)
{
    store::ListedAlert alert;
    alert.alert = domain::Alert::fromJson(json);
    // An update of a listed alert (acknowledged or closed by a colleague, say) changes its
    // row in place; one that is no longer open and not listed is nobody's news here. Only
    // a new open alert pops up.
    if (m_alerts->updateAlert(alert) || !AlertListModel::isOpen(alert.alert))
        return;
    m_toast->showAlert(alert.alert);
    // Its place on the map is its region's centre and its path the region's ancestors, read
    // from the cache off the GUI thread (the service counts as busy until they are read).
    // Unkeyed: every new alert is placed, none supersedes another.
    m_reads->request(
        {},
        [alert](read::ReadContext &c) {
            return c.hasCache() ? store::AlertReader(c.store().database()).locate(alert.alert)
                                : alert;
        },
        [this, alert](const read::ReadResult<store::ListedAlert> &r) {
            // A broken cache still lists the alert, without its dot on the map; the list's
            // own read reports the damage.
            m_alerts->addAlert(r.ok() ? *r : alert);
        });
}

void MainWindow::showSyncDialog()
{
    auto *dialog = new SyncDialog(m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace yiping::ui
