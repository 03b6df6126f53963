#pragma once

#include "city/CityManifest.h"
#include "domain/Enums.h"
#include "workspace/PageServices.h"

#include <QJsonObject>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace yiping::read {
class ReadService;
}

namespace yiping::workspace {
class Session;
class WorkspaceContext;
} // namespace yiping::workspace

namespace yiping::ui {

class AlertAcknowledger;
class AlertListModel;
class AlertsPanel;
class AlertToast;
class Page;
class PageChrome;
class PageRegistry;
class SyncController;

// The command center's window: menu bar, page switcher, pages, the alerts dock, status
// bar. It knows no page by type: app/ gives it the pages a profile shows (addPage), each
// declaring its actions, docks and status widgets; they share the workspace context.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const CityManifest &city, QWidget *parent = nullptr);

    // Reads the cache's summary on a worker thread and shows its age in the status bar;
    // the pages read the cache by the session.
    void showCacheStatus(const QString &cachePath);
    SyncController *syncController() const { return m_sync; }
    AlertListModel *alerts() const { return m_alerts; }
    AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    AlertAcknowledger *acknowledger() const { return m_ack; }
    workspace::WorkspaceContext *workspace() const { return m_services.workspace; }
    workspace::Session *session() const { return m_services.session; }
    // What the page factories are given.
    const PageServices &services() const { return m_services; }
    bool isCacheStatusPending() const;

    // Takes the page (as a child of the page stack) and lists it in the switcher and the
    // Go menu; the first page added is the current one.
    void addPage(Page *page);
    PageRegistry *pages() const { return m_registry; }
    Page *currentPage() const;

private:
    void createMenus();
    void createGoMenu(QMenu *go);
    void onCurrentPage(Page *current, Page *previous);
    // Brings forward a page that shows records of this kind, unless the current one does.
    void showPageFor(domain::RefType type);
    void showAbout();
    void showSyncDialog();
    // 冲突: the annotations a 409 stopped, from the Data menu or the status bar's cue.
    void showConflicts();
    void readConflictCount();
    void onSyncStatus();
    void createAlertsDock();
    void onLiveAlert(const QJsonObject &alert);

    CityManifest m_city;
    // The window's own reads and writes of the cache (status, alerts, acks, conflicts).
    read::ReadService *m_reads;
    PageServices m_services;
    PageRegistry *m_registry;
    QListWidget *m_switcher;
    QStackedWidget *m_pages;
    PageChrome *m_chrome = nullptr;
    QMenu *m_goMenu = nullptr;
    QActionGroup *m_pageActions;
    QLabel *m_cacheLabel;
    QLabel *m_syncLabel;
    SyncController *m_sync;
    AlertListModel *m_alerts;
    AlertToast *m_toast;
    QDockWidget *m_alertsDock = nullptr;
    AlertsPanel *m_alertsPanel = nullptr;
    AlertAcknowledger *m_ack;
    QToolButton *m_conflicts; // the cue: shown while conflicts wait
    QString m_cachePath;
};

} // namespace yiping::ui
