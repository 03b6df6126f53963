// The window as a shell of pages: pages added from outside (here, from the test) show in
// the switcher and the Go menu, bring their actions into the menus and the toolbar and
// their dock and status widget into the window while they are current (and take them
// away after), are reached by name as --page does, by Ctrl+1…9 and by the switcher; the
// alerts dock and Back/Forward go through the workspace context.
#include "MainWindow.h"
#include "Page.h"
#include "WidgetTestSetup.h"
#include "alerts/AlertsPanel.h"
#include "city/CityManifest.h"
#include "workspace/PageRegistry.h"
#include "workspace/WorkspaceContext.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>

using namespace yiping;

namespace {

// A page as a feature issue would write one: an action for each place, a dock, a status
// widget; `shows` the record kinds it has a view for.
class TestPage : public ui::Page
{
public:
    TestPage(const QString &name, const QString &title, QList<domain::RefType> shows = {})
        : m_name(name)
        , m_title(title)
        , m_shows(std::move(shows))
        , fileAction(new QAction(QStringLiteral("Export %1").arg(title), this))
        , viewAction(new QAction(QStringLiteral("Zoom %1").arg(title), this))
        , toolAction(new QAction(QStringLiteral("Tool %1").arg(title), this))
        , dock(new QDockWidget(QStringLiteral("Dock %1").arg(title)))
        , status(new QLabel(QStringLiteral("Status %1").arg(title)))
    {
        dock->setObjectName(name + QStringLiteral("Dock"));
        dock->setWidget(new QLabel(QStringLiteral("inside")));
        fileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    }

    QString name() const override { return m_name; }
    QString title() const override { return m_title; }
    QList<QAction *> pageActions(Place place) const override
    {
        switch (place) {
        case Place::FileMenu:
            return {fileAction};
        case Place::ViewMenu:
            return {viewAction};
        case Place::ToolBar:
            return {toolAction};
        }
        return {};
    }
    QList<Dock> docks() const override { return {{dock, Qt::LeftDockWidgetArea}}; }
    QList<QWidget *> statusWidgets() const override { return {status}; }
    bool shows(domain::RefType type) const override { return m_shows.contains(type); }

private:
    QString m_name;
    QString m_title;
    QList<domain::RefType> m_shows;

public:
    QAction *fileAction;
    QAction *viewAction;
    QAction *toolAction;
    QDockWidget *dock;
    QLabel *status;
};

QMenu *menu(ui::MainWindow &window, const QString &title)
{
    for (QAction *a : window.menuBar()->actions())
        if (a->text() == title)
            return a->menu();
    return nullptr;
}

} // namespace

class TestPageShell : public QObject
{
    Q_OBJECT

private:
    CityManifest m_city;
    std::unique_ptr<ui::MainWindow> m_window;
    TestPage *m_first = nullptr;
    TestPage *m_second = nullptr;

    QMenu *fileMenu() { return menu(*m_window, ui::MainWindow::tr("&File")); }
    QMenu *viewMenu() { return menu(*m_window, ui::MainWindow::tr("&View")); }
    QMenu *goMenu() { return menu(*m_window, ui::MainWindow::tr("&Go")); }
    QToolBar *toolBar() { return m_window->findChild<QToolBar *>(QStringLiteral("pageToolBar")); }

    // What the window shows of `page` (its actions in place, its widgets visible), as one
    // string per part, so that a failure says which part is wrong.
    QStringList chromeOf(TestPage *page)
    {
        const QList<QAction *> file = fileMenu()->actions();
        const QList<QAction *> view = viewMenu()->actions();
        const QList<QAction *> tools = toolBar()->actions();
        return {QStringLiteral("file %1").arg(int(file.contains(page->fileAction))),
                QStringLiteral("view %1").arg(int(view.contains(page->viewAction))),
                QStringLiteral("dock toggle %1")
                    .arg(int(view.contains(page->dock->toggleViewAction()))),
                QStringLiteral("tool %1").arg(int(tools.contains(page->toolAction))),
                QStringLiteral("dock %1").arg(int(page->dock->isVisible())),
                QStringLiteral("status %1").arg(int(page->status->isVisible()))};
    }

    static QStringList shown(bool on)
    {
        const int v = on ? 1 : 0;
        return {QStringLiteral("file %1").arg(v),        QStringLiteral("view %1").arg(v),
                QStringLiteral("dock toggle %1").arg(v), QStringLiteral("tool %1").arg(v),
                QStringLiteral("dock %1").arg(v),        QStringLiteral("status %1").arg(v)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(widgettest::setUpLookAndLanguage());
        QString error;
        QVERIFY2(CityManifest::load(CityManifest::defaultCityDir(), &m_city, &error),
                 qPrintable(error));
    }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>(m_city);
        m_first = new TestPage(QStringLiteral("first"), QStringLiteral("First"));
        m_second = new TestPage(QStringLiteral("second"), QStringLiteral("Second"),
                                {domain::RefType::Alert});
        m_window->addPage(m_first);
        m_window->addPage(m_second);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void thePagesAreListedInTheSwitcherAndTheGoMenu()
    {
        QCOMPARE(m_window->pages()->names(),
                 (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        auto *switcher = m_window->findChild<QListWidget *>(QStringLiteral("pageSwitcher"));
        QVERIFY(switcher);
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->item(1)->text(), QStringLiteral("Second"));
        QCOMPARE(switcher->currentRow(), 0);
        QStringList go;
        for (const QAction *a : goMenu()->actions())
            if (!a->isSeparator())
                go.append(a->text() + QLatin1Char(' ') + a->shortcut().toString());
        QCOMPARE(go,
                 (QStringList{ui::MainWindow::tr("&Back") + QStringLiteral(" Alt+Left"),
                              ui::MainWindow::tr("&Forward") + QStringLiteral(" Alt+Right"),
                              QStringLiteral("First Ctrl+1"), QStringLiteral("Second Ctrl+2")}));
    }

    void onlyTheCurrentPagesActionsDocksAndStatusAreShown()
    {
        QCOMPARE(m_window->currentPage(), m_first);
        QCOMPARE(chromeOf(m_first), shown(true));
        QCOMPARE(chromeOf(m_second), shown(false));
        QVERIFY(m_window->pages()->setCurrent(QStringLiteral("second"))); // as --page does
        QCOMPARE(m_window->currentPage(), m_second);
        QVERIFY(m_second->isVisible());
        QVERIFY(!m_first->isVisible());
        QCOMPARE(chromeOf(m_second), shown(true));
        QCOMPARE(chromeOf(m_first), shown(false));
        // Docked where the page asked, and the page's File entries come before Quit.
        QCOMPARE(m_window->dockWidgetArea(m_second->dock), Qt::LeftDockWidgetArea);
        QVERIFY(!m_second->dock->isFloating());
        const QList<QAction *> file = fileMenu()->actions();
        QCOMPARE(file.indexOf(m_second->fileAction), 0);
        QCOMPARE(file.last()->text(), ui::MainWindow::tr("&Quit"));
        QCOMPARE(toolBar()->actions(), QList<QAction *>{m_second->toolAction});
        QVERIFY(toolBar()->isVisible());
        // An unknown name changes nothing.
        QVERIFY(!m_window->pages()->setCurrent(QStringLiteral("nowhere")));
        QCOMPARE(m_window->currentPage(), m_second);
    }

    void keysAndTheSwitcherChangePages()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy exported(m_second->fileAction, &QAction::triggered);
        // The second page's shortcut is not live while the first page is current.
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(exported.count(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), m_second);
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(exported.count(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), m_first);
        // A page beyond the list: nothing.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), m_first);

        auto *switcher = m_window->findChild<QListWidget *>(QStringLiteral("pageSwitcher"));
        const QRect second = switcher->visualItemRect(switcher->item(1));
        QTest::mouseClick(switcher->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(m_window->currentPage(), m_second);
        QVERIFY(goMenu()->actions().last()->isChecked());
    }

    void aDockClosedByTheUserStaysClosed()
    {
        m_window->pages()->setCurrent(QStringLiteral("second"));
        QVERIFY(m_second->dock->isVisible());
        m_second->dock->close();
        m_window->pages()->setCurrent(QStringLiteral("first"));
        m_window->pages()->setCurrent(QStringLiteral("second"));
        QVERIFY(!m_second->dock->isVisible());
        QVERIFY(!m_second->dock->toggleViewAction()->isChecked());
        m_second->dock->toggleViewAction()->trigger();
        QVERIFY(m_second->dock->isVisible());
    }

    void anAlertPickedInTheDockIsSelectedForEveryPage()
    {
        QSignalSpy selection(m_window->workspace(), &workspace::WorkspaceContext::selectionChanged);
        Q_EMIT m_window->alertsPanel()->alertActivated(QStringLiteral("ale-7"));
        QCOMPARE(selection.count(), 1);
        QCOMPARE(m_window->workspace()->primary().toString(), QStringLiteral("alert:ale-7"));
        // The first page has no view of alerts: the second, which has, comes forward.
        QCOMPARE(m_window->currentPage(), m_second);
    }

    void backAndForwardGoThroughTheSelections()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        workspace::WorkspaceContext *context = m_window->workspace();
        auto *back = m_window->findChild<QAction *>(QStringLiteral("goBack"));
        auto *forward = m_window->findChild<QAction *>(QStringLiteral("goForward"));
        QVERIFY(back && forward);
        QVERIFY(!back->isEnabled());
        context->select({domain::RefType::Person, QStringLiteral("p1")});
        context->select({domain::RefType::Site, QStringLiteral("s1")});
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(context->primary().toString(), QStringLiteral("person:p1"));
        QVERIFY(!back->isEnabled());
        QVERIFY(forward->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(context->primary().toString(), QStringLiteral("site:s1"));
        QVERIFY(!forward->isEnabled());
    }
};

QTEST_MAIN(TestPageShell)
#include "tst_pageshell.moc"
