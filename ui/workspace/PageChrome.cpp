#include "PageChrome.h"

#include "Page.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

namespace yiping::ui {

PageChrome::PageChrome(QMainWindow *window, const Anchors &anchors)
    : QObject(window)
    , m_window(window)
    , m_anchors(anchors)
{
    m_anchors.toolBar->hide(); // until a page has actions for it
}

void PageChrome::adopt(Page *page)
{
    for (const Page::Dock &d : page->docks()) {
        m_window->addDockWidget(d.area, d.dock);
        m_dockOpen.insert(d.dock, true);
        d.dock->hide();
    }
    for (QWidget *widget : page->statusWidgets()) {
        m_window->statusBar()->addPermanentWidget(widget);
        widget->hide();
    }
}

QList<QAction *> PageChrome::viewActions(const Page *page) const
{
    QList<QAction *> actions = page->pageActions(Page::Place::ViewMenu);
    for (const Page::Dock &d : page->docks())
        actions.append(d.dock->toggleViewAction());
    return actions;
}

void PageChrome::switchTo(Page *current, Page *previous)
{
    if (previous) {
        for (QAction *a : previous->pageActions(Page::Place::FileMenu))
            m_anchors.file->removeAction(a);
        for (QAction *a : viewActions(previous))
            m_anchors.view->removeAction(a);
        setShown(previous, false);
    }
    m_anchors.toolBar->clear();
    if (!current)
        return;
    m_anchors.file->insertActions(m_anchors.beforeInFile,
                                  current->pageActions(Page::Place::FileMenu));
    m_anchors.view->insertActions(m_anchors.beforeInView, viewActions(current));
    const QList<QAction *> tools = current->pageActions(Page::Place::ToolBar);
    m_anchors.toolBar->addActions(tools);
    m_anchors.toolBar->setVisible(!tools.isEmpty());
    setShown(current, true);
}

void PageChrome::setShown(Page *page, bool shown)
{
    for (const Page::Dock &d : page->docks()) {
        if (!shown)
            m_dockOpen.insert(d.dock, !d.dock->isHidden());
        d.dock->setVisible(shown && m_dockOpen.value(d.dock));
    }
    for (QWidget *widget : page->statusWidgets())
        widget->setVisible(shown);
}

} // namespace yiping::ui
