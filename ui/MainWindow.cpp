#include "MainWindow.h"

#include "AboutDialog.h"
#include "CacheSummary.h"
#include "MapPage.h"
#include "Theme.h"
#include "alerts/AlertAcknowledger.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertToast.h"
#include "alerts/AlertsPanel.h"
#include "domain/Levels.h"
#include "geo/WebMercator.h"
#include "map/MapView.h"
#include "map/PointLayer.h"
#include "map/Symbols.h"
#include "settings/BasemapDialog.h"
#include "settings/BasemapSettingsStore.h"
#include "sync/ConflictDialog.h"
#include "sync/ConflictListModel.h"
#include "sync/SyncController.h"
#include "sync/SyncDialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrentRun>

namespace yiping::ui {

MainWindow::MainWindow(const CityManifest &city, const QList<geo::Boundary> &districts,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_city(city)
    , m_switcher(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_mapPage(new MapPage(city.name, districts))
    , m_cursorLabel(new QLabel)
    , m_cacheLabel(new QLabel)
    , m_syncLabel(new QLabel)
    , m_sync(new SyncController(this))
    , m_alerts(new AlertListModel(this))
    , m_toast(new AlertToast(this))
    , m_ack(new AlertAcknowledger(this))
    , m_conflicts(new QToolButton)
{
    setWindowTitle(tr("Yiping · %1 Command Center").arg(city.name));

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
    connect(m_switcher, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    addPage(m_mapPage);
    m_switcher->setCurrentRow(0);
    createAlertsDock();
    createMenus();

    // Fixed width with tabular digits, so the coordinates do not jitter as the mouse moves.
    m_cursorLabel->setObjectName(QStringLiteral("cursorCoordinates"));
    m_cursorLabel->setMinimumWidth(240);
    m_cursorLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
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
    m_mapPage->setViewerClearance(m_sync->clearance());
    connect(m_sync, &SyncController::clearanceChanged, m_mapPage, &MapPage::setViewerClearance);
    statusBar()->addPermanentWidget(m_cursorLabel);
    map::MapView *view = m_mapPage->mapView();
    connect(view, &map::MapView::cursorMoved, this, [this](const QPointF &p) {
        m_cursorLabel->setText(tr("Lon %1°  Lat %2°").arg(p.x(), 0, 'f', 5).arg(p.y(), 0, 'f', 5));
    });
    connect(view, &map::MapView::cursorLeft, m_cursorLabel, &QLabel::clear);
    // The city's datum (/meta): over tiles in another one the layers are moved onto them.
    view->setDataCrs(domain::EnumValue<domain::Crs>::parse(city.crs).value);
    applyBasemap(BasemapSettingsStore::load());
    connect(m_mapPage, &MapPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    // 确认 from the dock or an alert's profile: one acknowledger, both views follow it.
    connect(m_mapPage, &MapPage::acknowledgeRequested, m_ack, &AlertAcknowledger::acknowledge);
    connect(m_alertsPanel, &AlertsPanel::acknowledgeRequested, m_ack,
            &AlertAcknowledger::acknowledge);
    connect(m_ack, &AlertAcknowledger::stateChanged, this,
            [this](const QString &id, AlertAckState state) {
                m_alerts->setAckState(id, state);
                m_mapPage->setAlertAckState(id, state);
            });
    connect(m_ack, &AlertAcknowledger::failed, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
}

void MainWindow::onSyncStatus()
{
    m_syncLabel->setText(m_sync->statusText());
    const int conflicts = m_sync->conflictCount();
    m_conflicts->setText(tr("%n conflict(s)…", nullptr, conflicts));
    m_conflicts->setVisible(conflicts > 0);
    // The server requires an author: the user signed in, or the one who last did.
    m_ack->setAuthor(m_sync->settings().user);
    m_mapPage->setAuthor(m_sync->settings().user);
}

void MainWindow::readConflictCount()
{
    ++m_pendingLoads;
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher] {
        m_sync->setConflictCount(watcher->result());
        --m_pendingLoads;
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&ConflictListModel::count, m_cachePath));
}

void MainWindow::showConflicts()
{
    auto *dialog = new ConflictDialog(m_cachePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::conflictsChanged, m_sync, &SyncController::setConflictCount);
    dialog->show();
}

bool MainWindow::isCacheStatusPending() const
{
    return m_pendingLoads > 0 || m_mapPage->isBusy() || m_ack->isBusy();
}

void MainWindow::showCacheStatus(const QString &cachePath)
{
    m_cachePath = cachePath;
    m_mapPage->setCachePath(cachePath);
    m_ack->setCachePath(cachePath);
    readConflictCount();
    m_cacheLabel->setText(tr("Opening the local cache…"));
    m_pendingLoads += 2;
    auto *watcher = new QFutureWatcher<CacheSummary>(this);
    connect(watcher, &QFutureWatcher<CacheSummary>::finished, this, [this, watcher] {
        const CacheSummary summary = watcher->result();
        // One line in the status bar (a long reason would make the window taller than the
        // screen); the whole text in the tooltip.
        const QString status = summary.statusText(QDateTime::currentDateTime());
        m_cacheLabel->setText(status.section(QLatin1Char('\n'), 0, 0));
        m_cacheLabel->setToolTip(summary.path + QLatin1Char('\n') + status);
        for (const QString &notice : summary.notices)
            statusBar()->showMessage(notice, 15000);
        --m_pendingLoads;
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&CacheSummary::read, cachePath));

    auto *alerts = new QFutureWatcher<store::AlertReader::Result>(this);
    connect(alerts, &QFutureWatcher<store::AlertReader::Result>::finished, this, [this, alerts] {
        m_alerts->setAlerts(alerts->result());
        --m_pendingLoads;
        alerts->deleteLater();
    });
    alerts->setFuture(QtConcurrent::run(&store::AlertReader::readOpen, cachePath, 500));
}

void MainWindow::createAlertsDock()
{
    m_alertsDock = new QDockWidget(tr("Alerts"), this);
    m_alertsDock->setObjectName(QStringLiteral("alertsDock"));
    m_alertsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_alertsPanel = new AlertsPanel(m_alerts);
    // An alert in the list opens its profile beside the map.
    connect(m_alertsPanel, &AlertsPanel::alertActivated, this, [this](const QString &id) {
        showPage(m_mapPage->name());
        m_mapPage->openProfile(domain::RefType::Alert, id);
    });
    m_alertsDock->setWidget(m_alertsPanel);
    m_alertsDock->setMinimumWidth(240);
    addDockWidget(Qt::RightDockWidgetArea, m_alertsDock);
    resizeDocks({m_alertsDock}, {340}, Qt::Horizontal); // narrower only on small windows
    connect(m_alerts, &QAbstractItemModel::modelReset, this, &MainWindow::showAlertsOnMap);
    connect(m_alerts, &QAbstractItemModel::rowsInserted, this, &MainWindow::showAlertsOnMap);
    connect(m_alerts, &QAbstractItemModel::dataChanged, this, &MainWindow::showAlertsOnMap);
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
    // Its place on the map is its region's centre, read from the cache off the GUI thread.
    auto *watcher = new QFutureWatcher<std::optional<QPointF>>(this);
    connect(watcher, &QFutureWatcher<std::optional<QPointF>>::finished, this,
            [this, watcher, alert] {
                store::ListedAlert located = alert;
                located.lonLat = watcher->result();
                m_alerts->addAlert(located);
                watcher->deleteLater();
            });
    watcher->setFuture(QtConcurrent::run(&store::AlertReader::readRegionCentre,
                                         m_sync->isSignedIn() ? m_sync->cachePath() : m_cachePath,
                                         alert.alert.regionId));
}

void MainWindow::showAlertsOnMap()
{
    QList<map::PointLayer::Marker> markers;
    for (const store::ListedAlert &a : m_alerts->alerts()) {
        if (!a.lonLat)
            continue;
        // A cluster shows its worst member's level.
        const int level = domain::Levels::of(a.alert.level);
        markers.append({geo::WebMercator::project(*a.lonLat), map::riskColour(level),
                        level == domain::Levels::kHighest, level});
    }
    m_mapPage->mapView()->alertLayer()->setMarkers(std::move(markers));
}

void MainWindow::showSyncDialog()
{
    auto *dialog = new SyncDialog(m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::addPage(Page *page)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->title(), m_switcher);
    item->setTextAlignment(Qt::AlignCenter);
    item->setData(Qt::UserRole, page->name());
}

bool MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (static_cast<Page *>(m_pages->widget(i))->name() == name) {
            m_switcher->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_pages->count(); ++i)
        names << static_cast<Page *>(m_pages->widget(i))->name();
    return names;
}

Page *MainWindow::currentPage() const
{
    return static_cast<Page *>(m_pages->currentWidget());
}

void MainWindow::createMenus()
{
    map::MapView *view = m_mapPage->mapView();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Export Map as &Image…"), QKeySequence(Qt::CTRL | Qt::Key_E), m_mapPage,
                    &MapPage::exportImage);
    file->addAction(tr("Export Map as &PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                    m_mapPage, &MapPage::exportPdf);
    file->addSeparator();
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
    viewMenu->addAction(tr("&Fit to City"), QKeySequence(Qt::CTRL | Qt::Key_0), view,
                        &map::MapView::fitToCity);
    viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, view, &map::MapView::zoomIn);
    viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, view, &map::MapView::zoomOut);
    viewMenu->addAction(tr("&Basemap…"), this, &MainWindow::chooseBasemap);
    viewMenu->addSeparator();
    QAction *fullScreen = viewMenu->addAction(tr("F&ull Screen"), QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Yiping"), this, &MainWindow::showAbout);
}

void MainWindow::applyBasemap(const map::BasemapSettings &settings)
{
    QString error;
    if (!m_mapPage->mapView()->setBasemap(settings, &error))
        statusBar()->showMessage(tr("The basemap cannot be shown: %1").arg(error), 15000);
}

void MainWindow::chooseBasemap()
{
    BasemapDialog dialog(m_mapPage->mapView()->basemap(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    BasemapSettingsStore::save(dialog.settings());
    applyBasemap(dialog.settings());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_city, this);
    dialog.exec();
}

} // namespace yiping::ui
