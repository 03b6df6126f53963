#pragma once

#include "map/MapView.h"

#include "city/CityManifest.h"
#include "geo/Boundary.h"

#include <QJsonObject>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QToolButton;
class QStackedWidget;
class QDockWidget;

namespace yiping::ui {

class AlertAcknowledger;
class AlertListModel;
class AlertsPanel;
class AlertToast;
class MapPage;
class Page;
class SyncController;

// The command center's window: menu bar, page switcher, pages, status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const CityManifest &city, const QList<geo::Boundary> &districts,
               QWidget *parent = nullptr);

    // Reads the cache's summary on a worker thread and shows its age in the status bar.
    void showCacheStatus(const QString &cachePath);
    SyncController *syncController() const { return m_sync; }
    AlertListModel *alerts() const { return m_alerts; }
    AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    AlertAcknowledger *acknowledger() const { return m_ack; }
    bool isCacheStatusPending() const;

    // Shows the page with this command-line name; false if there is none.
    bool showPage(const QString &name);
    QStringList pageNames() const;
    Page *currentPage() const;
    MapPage *mapPage() const { return m_mapPage; }

private:
    void addPage(Page *page);
    void createMenus();
    void showAbout();
    void showSyncDialog();
    // 冲突: the annotations a 409 stopped, from the Data menu or the status bar's cue.
    void showConflicts();
    void readConflictCount();
    void onSyncStatus();
    void createAlertsDock();
    void onLiveAlert(const QJsonObject &alert);
    void showAlertsOnMap();
    void applyBasemap(const map::BasemapSettings &settings);
    void chooseBasemap();

    CityManifest m_city;
    QListWidget *m_switcher;
    QStackedWidget *m_pages;
    MapPage *m_mapPage;
    QLabel *m_cursorLabel;
    QLabel *m_cacheLabel;
    QLabel *m_syncLabel;
    int m_pendingLoads = 0; // cache summary and alerts being read
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
