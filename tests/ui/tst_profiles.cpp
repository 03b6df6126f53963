// The workstation profile as app/ composes it: its pages in the switcher, and the map
// page's actions in the window's menus, its coordinates in the status bar.
#include "MainWindow.h"
#include "MapPage.h"
#include "Profiles.h"
#include "WidgetTestSetup.h"
#include "city/CityManifest.h"
#include "workspace/PageRegistry.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace yiping;

namespace {

QStringList entries(ui::MainWindow &window, const QString &title)
{
    QStringList out;
    for (QAction *m : window.menuBar()->actions())
        if (m->text() == title)
            for (const QAction *a : m->menu()->actions())
                out.append(a->isSeparator() ? QStringLiteral("--") : a->text());
    return out;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    CityManifest m_city;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(widgettest::setUpLookAndLanguage());
        QString error;
        QVERIFY2(CityManifest::load(CityManifest::defaultCityDir(), &m_city, &error),
                 qPrintable(error));
    }

    void anUnknownProfileHasNoPages()
    {
        QCOMPARE(app::profileNames(), QStringList{QStringLiteral("workstation")});
        QVERIFY(app::pagesOf(QStringLiteral("nowhere")).isEmpty());
        ui::MainWindow window(m_city);
        QVERIFY(!app::addProfilePages(window, QStringLiteral("nowhere"), m_city, {}));
        QVERIFY(window.pages()->pages().isEmpty());
    }

    void theWorkstationShowsTheMapWithItsActions()
    {
        ui::MainWindow window(m_city);
        QVERIFY(app::addProfilePages(window, QStringLiteral("workstation"), m_city, {}));
        QCOMPARE(window.pages()->names(), QStringList{QStringLiteral("map")});
        QVERIFY(qobject_cast<ui::MapPage *>(window.currentPage()));
        using ui::MainWindow;
        using ui::MapPage;
        QCOMPARE(
            entries(window, MainWindow::tr("&File")),
            (QStringList{MapPage::tr("Export Map as &Image…"), MapPage::tr("Export Map as &PDF…"),
                         QStringLiteral("--"), MainWindow::tr("&Quit")}));
        QCOMPARE(entries(window, MainWindow::tr("&View")),
                 (QStringList{MainWindow::tr("Alerts"), MapPage::tr("&Fit to City"),
                              MapPage::tr("Zoom &In"), MapPage::tr("Zoom &Out"),
                              MapPage::tr("&Basemap…"), MapPage::tr("&Layer Panel"),
                              QStringLiteral("--"), MainWindow::tr("F&ull Screen")}));
        QCOMPARE(entries(window, MainWindow::tr("&Go")),
                 (QStringList{MainWindow::tr("&Back"), MainWindow::tr("&Forward"),
                              QStringLiteral("--"), MapPage::tr("Map")}));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *cursor = window.statusBar()->findChild<QLabel *>(QStringLiteral("cursorCoordinates"));
        QVERIFY(cursor);
        QVERIFY(cursor->isVisibleTo(&window));
        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty()) {
            for (QAction *m : window.menuBar()->actions()) {
                m->menu()->popup(window.mapToGlobal(QPoint(0, 0)));
                QTest::qWait(200);
                m->menu()->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/menu-") +
                                       m->text().remove(QLatin1Char('&')) + QStringLiteral(".png"));
                m->menu()->hide();
            }
        }
    }
};

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
