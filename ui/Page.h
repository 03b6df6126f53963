#pragma once

#include "domain/Enums.h"

#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QDockWidget;

namespace yiping::ui {

// A page of the main window (after tiled's Editor): it declares what the window shows
// around it while it is the current page — its actions in the menus and the toolbar, its
// docks, its status-bar widgets — and the window knows no page by type.
class Page : public QWidget
{
    Q_OBJECT

public:
    // Where the window puts a page's actions.
    enum class Place { FileMenu, ViewMenu, ToolBar };

    struct Dock
    {
        QDockWidget *dock = nullptr;
        Qt::DockWidgetArea area = Qt::RightDockWidgetArea;
    };

    using QWidget::QWidget;

    // The stable id used on the command line (--page NAME), never shown.
    virtual QString name() const = 0;
    // What the user reads in the page switcher and the Go menu.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }

    virtual QList<QAction *> pageActions(Place place) const
    {
        Q_UNUSED(place);
        return {};
    }
    virtual QList<Dock> docks() const { return {}; }
    // Added to the right of the status bar, shown while the page is current.
    virtual QList<QWidget *> statusWidgets() const { return {}; }

    // Whether cache reads are still under way (a screenshot waits for the full picture).
    virtual bool isBusy() const { return false; }
    // Whether the page shows a selected record of this kind (a profile, a highlight): the
    // window brings such a page forward when a selection is made outside every page.
    virtual bool shows(domain::RefType type) const
    {
        Q_UNUSED(type);
        return false;
    }

Q_SIGNALS:
    // A line for the window's status bar.
    void message(const QString &text);
};

} // namespace yiping::ui
