#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace yiping::ui {

class Page;

// The parts of the window that belong to the current page: its actions in the File and
// View menus (before the given anchors) and in the page toolbar, its docks and its
// status-bar widgets. Switching pages takes the previous page's out and puts the new
// one's in, so that only the current page's shortcuts are live.
class PageChrome : public QObject
{
    Q_OBJECT

public:
    struct Anchors
    {
        QMenu *file;
        QAction *beforeInFile;
        QMenu *view;
        QAction *beforeInView;
        QToolBar *toolBar;
    };

    PageChrome(QMainWindow *window, const Anchors &anchors);

    // Docks the page's docks and adds its status widgets, hidden until it is current.
    void adopt(Page *page);
    void switchTo(Page *current, Page *previous);

private:
    QList<QAction *> viewActions(const Page *page) const;
    void setShown(Page *page, bool shown);

    QMainWindow *m_window;
    Anchors m_anchors;
    // Whether the user keeps each page's dock open, for when its page comes back.
    QHash<QDockWidget *, bool> m_dockOpen;
};

} // namespace yiping::ui
