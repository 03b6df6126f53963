#pragma once

#include "city/CityManifest.h"
#include "geo/Boundary.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace yiping::ui {

class MapPage;
class Page;

// The command center's window: menu bar, page switcher, pages, status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const CityManifest &city, const QList<geo::Boundary> &districts,
               QWidget *parent = nullptr);

    // Reads the cache's summary on a worker thread and shows its age in the status bar.
    void showCacheStatus(const QString &cachePath);
    bool isCacheStatusPending() const { return m_cachePending; }

    // Shows the page with this command-line name; false if there is none.
    bool showPage(const QString &name);
    QStringList pageNames() const;
    Page *currentPage() const;
    MapPage *mapPage() const { return m_mapPage; }

private:
    void addPage(Page *page);
    void createMenus();
    void showAbout();

    CityManifest m_city;
    QListWidget *m_switcher;
    QStackedWidget *m_pages;
    MapPage *m_mapPage;
    QLabel *m_cursorLabel;
    QLabel *m_cacheLabel;
    bool m_cachePending = false;
};

} // namespace yiping::ui
