// Acknowledging alerts (确认) as a user does it, in the real window over a real cache synced
// from the real reference server: from the alerts dock with the keyboard and from an
// alert's profile with the mouse. The ack waits in the cache's queue, shows as pending at
// once and after a restart, is offered only for open alerts, and the next sync uploads it
// and brings the alert's new status.
#include "MainWindow.h"
#include "MapPage.h"
#include "Profiles.h"
#include "WidgetTestSetup.h"
#include "alerts/AlertAcknowledger.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertsPanel.h"
#include "city/CityManifest.h"
#include "geo/BoundaryReader.h"
#include "profile/ProfilePanel.h"
#include "store/AnnotationQueue.h"
#include "sync/SyncController.h"
#include "workspace/PageRegistry.h"
#include "workspace/WorkspaceContext.h"

#include "../sync/SyncFixture.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace yiping;

namespace {

// The acks waiting in the cache's queue, by the alert they acknowledge.
QStringList queuedAcks(const QString &cache)
{
    auto opened = store::Store::open(cache);
    if (!opened.store)
        return {QStringLiteral("unreadable cache")};
    QStringList out;
    for (const auto &e : store::AnnotationQueue(opened.store->database()).pending())
        if (e.annotation.kind == domain::AnnotationKind::Ack &&
            e.annotation.target.type == domain::RefType::Alert)
            out.append(e.annotation.target.id);
    return out;
}

QString cachedStatus(const QString &cache, const QString &alert)
{
    store::Database db = store::Database::open(cache, true);
    store::Statement st(db, "SELECT json_extract(json, '$.status') FROM alerts WHERE id = ?");
    st.bindText(1, alert);
    return st.step() ? st.columnText(0) : QString();
}

QJsonObject cachedAlert(const QString &cache, const QString &alert)
{
    store::Database db = store::Database::open(cache, true);
    store::Statement st(db, "SELECT json FROM alerts WHERE id = ?");
    st.bindText(1, alert);
    return st.step() ? QJsonDocument::fromJson(st.columnBytes(0)).object() : QJsonObject();
}

} // namespace

class TestAlertAck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataset;
    QString m_cache;
    fixture::Server m_server;
    CityManifest m_city;
    QList<geo::Boundary> m_districts;

    std::unique_ptr<ui::MainWindow> openWindow()
    {
        auto window = std::make_unique<ui::MainWindow>(m_city);
        app::addProfilePages(*window, QStringLiteral("workstation"), m_city, m_districts);
        window->resize(1400, 900);
        window->show();
        window->activateWindow(); // keys go to the focus widget of the active window
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        window->showCacheStatus(m_cache);
        if (!QTest::qWaitFor([&] { return !window->isCacheStatusPending(); }, 30000))
            return nullptr;
        return window;
    }

    static ui::MapPage *mapPage(ui::MainWindow &window)
    {
        return qobject_cast<ui::MapPage *>(window.pages()->page(QStringLiteral("map")));
    }

    static int rowOf(ui::MainWindow &window, const QString &alertId)
    {
        for (int row = 0; row < window.alerts()->rowCount(); ++row)
            if (window.alerts()->index(row).data(ui::AlertListModel::IdRole).toString() == alertId)
                return row;
        return -1;
    }

    static ui::AlertAckState stateOf(ui::MainWindow &window, const QString &alertId)
    {
        return window.alerts()
            ->index(rowOf(window, alertId))
            .data(ui::AlertListModel::AckStateRole)
            .value<ui::AlertAckState>();
    }

    // A left click on the alert's row, as the user picks it.
    // The alert's row in the dock's list (its filtered, ordered view of the alerts).
    static QModelIndex shownIndex(ui::MainWindow &window, const QString &alertId)
    {
        const QAbstractItemModel *shown = window.alertsPanel()->list()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            if (shown->index(row, 0).data(ui::AlertListModel::IdRole).toString() == alertId)
                return shown->index(row, 0);
        return {};
    }

    static bool clickRow(ui::MainWindow &window, const QString &alertId)
    {
        const QModelIndex index = shownIndex(window, alertId);
        if (!index.isValid())
            return false;
        QListView *list = window.alertsPanel()->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        return list->currentIndex() == index;
    }

    // The entries of the row's context menu, read while it is open, then closed.
    static QStringList contextMenuOf(ui::MainWindow &window, const QString &alertId)
    {
        QListView *list = window.alertsPanel()->list();
        const QRect rect = list->visualRect(shownIndex(window, alertId));
        QStringList entries;
        QTimer::singleShot(200, [&entries] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : menu->actions())
                    entries.append(a->text());
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(),
                                list->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(list->viewport(), &event);
        return entries;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(widgettest::setUpLookAndLanguage());
        QStandardPaths::setTestModeEnabled(true); // settings in test locations
        ui::SyncSettings settings;
        settings.user = QStringLiteral("admin"); // the ack's author, as after a sign-in
        settings.save();
        QString error;
        QVERIFY2(CityManifest::load(CityManifest::defaultCityDir(), &m_city, &error),
                 qPrintable(error));
        m_districts = geo::BoundaryReader::read(m_city.districtsPath).boundaries;

        // Five open alerts, but ale-3 is closed.
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("data.ndjson"));
        QVERIFY(fixture::writeDataset(m_dataset, 5));
        QFile file(m_dataset);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArrayList lines = file.readAll().split('\n');
        file.close();
        int closed = 0;
        for (QByteArray &line : lines)
            if (line.contains("\"id\":\"ale-3\"")) {
                line.replace("\"status\":\"open\"", "\"status\":\"closed\"");
                ++closed;
            }
        QCOMPARE(closed, 1);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n'));
        file.close();

        QVERIFY2(m_server.start(m_dataset), qPrintable(m_server.standardError()));
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        sync::SyncEngine engine(fixture::config(m_server.url), m_cache);
        const sync::SyncSummary first = fixture::runSync(engine);
        QVERIFY2(first.ok(), qPrintable(first.firstError()));
        QCOMPARE(cachedStatus(m_cache, QStringLiteral("ale-2")), QStringLiteral("open"));
        QCOMPARE(cachedStatus(m_cache, QStringLiteral("ale-3")), QStringLiteral("closed"));
    }

    void acknowledgingFromTheDockQueuesOneAck()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString alert = QStringLiteral("ale-2");
        QVERIFY(rowOf(*window, alert) >= 0);
        QVERIFY(rowOf(*window, QStringLiteral("ale-3")) < 0); // the dock lists open alerts
        QVERIFY(clickRow(*window, alert));
        ui::AlertsPanel *panel = window->alertsPanel();
        QVERIFY(panel->acknowledgeButton()->isEnabled());
        QVERIFY(contextMenuOf(*window, alert).contains(panel->acknowledgeAction()->text()));

        // Ctrl+K in the list: pending at once, before the disk write is done.
        QVERIFY(panel->list()->hasFocus()); // the click gave it focus
        QTest::keyClick(panel->list(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(stateOf(*window, alert), ui::AlertAckState::Pending);
        const QString shown = window->alerts()->index(rowOf(*window, alert)).data().toString();
        QVERIFY2(shown.contains(ui::AlertListModel::tr("Acknowledged · pending upload")),
                 qPrintable(shown));
        QVERIFY(!panel->acknowledgeButton()->isEnabled());
        QTRY_VERIFY(!window->acknowledger()->isBusy());
        QCOMPARE(queuedAcks(m_cache), QStringList{alert});

        // Again, by key and by the button: nothing more is queued, the menu offers nothing.
        QTest::keyClick(panel->list(), Qt::Key_K, Qt::ControlModifier);
        QTest::mouseClick(panel->acknowledgeButton(), Qt::LeftButton);
        QTRY_VERIFY(!window->acknowledger()->isBusy());
        QCOMPARE(queuedAcks(m_cache), QStringList{alert});
        QVERIFY(!contextMenuOf(*window, alert).contains(panel->acknowledgeAction()->text()));
        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty())
            window->findChild<QDockWidget *>(QStringLiteral("alertsDock"))
                ->grab()
                .save(QString::fromLocal8Bit(dir) + QStringLiteral("/alerts-dock.png"));
    }

    void thePendingAckSurvivesARestart()
    {
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(stateOf(*window, QStringLiteral("ale-2")), ui::AlertAckState::Pending);
        QCOMPARE(stateOf(*window, QStringLiteral("ale-1")), ui::AlertAckState::Open);
        QVERIFY(clickRow(*window, QStringLiteral("ale-2")));
        QVERIFY(!window->alertsPanel()->acknowledgeButton()->isEnabled());
        // Its profile, opened by the click, says so too.
        ui::ProfilePanel *profile = mapPage(*window)->profilePanel();
        QTRY_COMPARE(profile->profile().id, QStringLiteral("ale-2"));
        QTRY_COMPARE(profile->alertAckState(), ui::AlertAckState::Pending);
    }

    void aClosedAlertOffersNoAction()
    {
        auto window = openWindow();
        QVERIFY(window);
        // A closed alert that is not listed is no news: it does not join the open alerts.
        const QJsonObject closed = cachedAlert(m_cache, QStringLiteral("ale-3"));
        QVERIFY(!closed.isEmpty());
        Q_EMIT window->syncController()->alertArrived(closed);
        // Whatever it set off has finished (a live alert's place is read before it is listed).
        QTRY_VERIFY(!window->isCacheStatusPending());
        QCOMPARE(rowOf(*window, QStringLiteral("ale-3")), -1);
        // Listed while open, then closed by a colleague: the row shows it closed.
        QJsonObject open = closed;
        open.insert(QStringLiteral("status"), QStringLiteral("open"));
        Q_EMIT window->syncController()->alertArrived(open);
        QTRY_VERIFY(rowOf(*window, QStringLiteral("ale-3")) >= 0);
        QCOMPARE(stateOf(*window, QStringLiteral("ale-3")), ui::AlertAckState::Open);
        Q_EMIT window->syncController()->alertArrived(closed);
        QTRY_COMPARE(stateOf(*window, QStringLiteral("ale-3")), ui::AlertAckState::None);
        QCOMPARE(stateOf(*window, QStringLiteral("ale-3")), ui::AlertAckState::None);
        QVERIFY(window->alerts()
                    ->index(rowOf(*window, QStringLiteral("ale-3")))
                    .data()
                    .toString()
                    .contains(ui::AlertListModel::tr("Closed")));
        QVERIFY(clickRow(*window, QStringLiteral("ale-3")));
        ui::AlertsPanel *panel = window->alertsPanel();
        QVERIFY(!panel->acknowledgeButton()->isEnabled());
        QVERIFY(!panel->acknowledgeAction()->isEnabled());
        QVERIFY(!contextMenuOf(*window, QStringLiteral("ale-3"))
                     .contains(panel->acknowledgeAction()->text()));
        QTest::keyClick(panel->list(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(!window->acknowledger()->isBusy());
        QCOMPARE(queuedAcks(m_cache), QStringList{QStringLiteral("ale-2")});

        // Its profile has no 确认 either.
        ui::ProfilePanel *profile = mapPage(*window)->profilePanel();
        QTRY_COMPARE(profile->profile().id, QStringLiteral("ale-3"));
        QTRY_VERIFY(!mapPage(*window)->isBusy());
        auto *button = profile->findChild<QPushButton *>(QStringLiteral("acknowledgeAlert"));
        QVERIFY(button);
        QVERIFY(button->isHidden());
        QCOMPARE(profile->alertAckState(), ui::AlertAckState::None);
    }

    void acknowledgingFromTheProfile()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString alert = QStringLiteral("ale-4");
        window->workspace()->select({domain::RefType::Alert, alert});
        ui::ProfilePanel *profile = mapPage(*window)->profilePanel();
        QTRY_COMPARE(profile->profile().id, alert);
        QTRY_COMPARE(profile->alertAckState(), ui::AlertAckState::Open);
        auto *button = profile->findChild<QPushButton *>(QStringLiteral("acknowledgeAlert"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        // Both views show it at once: the profile and the dock's row.
        QCOMPARE(profile->alertAckState(), ui::AlertAckState::Pending);
        QVERIFY(button->isHidden());
        QCOMPARE(stateOf(*window, alert), ui::AlertAckState::Pending);
        QTRY_VERIFY(!window->acknowledger()->isBusy());
        QTRY_VERIFY(!mapPage(*window)->isBusy());
        QCOMPARE(profile->alertAckState(), ui::AlertAckState::Pending);
        QStringList acks = queuedAcks(m_cache);
        acks.sort();
        QCOMPARE(acks, (QStringList{QStringLiteral("ale-2"), alert}));
        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty())
            profile->grab().save(QString::fromLocal8Bit(dir) +
                                 QStringLiteral("/alert-profile.png"));
    }

    // Masking follows the clearance the server gives the signed-in user, and the window
    // remembers it for offline use; another account starts masked again.
    void theSignInsClearanceDecidesWhatIsUnmasked()
    {
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(mapPage(*window)->viewerClearance(), security::Clearance::Public);
        ui::SyncSettings settings = window->syncController()->settings();
        settings.server = m_server.url;
        settings.user = QStringLiteral("admin");
        window->syncController()->signIn(settings, QStringLiteral("admin-demo"));
        QTRY_COMPARE_WITH_TIMEOUT(mapPage(*window)->viewerClearance(),
                                  security::Clearance::Restricted, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window->syncController()->isRunning(), 30000);
        window.reset();

        auto offline = openWindow(); // no sign-in: the last answer holds
        QVERIFY(offline);
        QCOMPARE(mapPage(*offline)->viewerClearance(), security::Clearance::Restricted);
        settings.user = QStringLiteral("analyst");
        offline->syncController()->signIn(settings, QStringLiteral("analyst-demo"));
        QCOMPARE(mapPage(*offline)->viewerClearance(), security::Clearance::Public);
        QTRY_COMPARE_WITH_TIMEOUT(mapPage(*offline)->viewerClearance(),
                                  security::Clearance::Limited, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!offline->syncController()->isRunning(), 30000);
        offline.reset();
        settings.user = QStringLiteral("admin"); // the acks' author again
        settings.clearance.clear();
        settings.save();
    }

    void theSyncUploadsTheAcksAndBringsTheStatus()
    {
        sync::SyncEngine engine(fixture::config(m_server.url), m_cache);
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(summary.pushed, 2);
        QVERIFY(queuedAcks(m_cache).isEmpty());
        QCOMPARE(cachedStatus(m_cache, QStringLiteral("ale-2")), QStringLiteral("acknowledged"));
        QCOMPARE(cachedStatus(m_cache, QStringLiteral("ale-4")), QStringLiteral("acknowledged"));
        // The window re-reads the cache after a sync: the acknowledged alerts have left the
        // open list; the others are still open and still offer 确认.
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(rowOf(*window, QStringLiteral("ale-2")), -1);
        QCOMPARE(rowOf(*window, QStringLiteral("ale-4")), -1);
        QCOMPARE(stateOf(*window, QStringLiteral("ale-1")), ui::AlertAckState::Open);
    }
};

QTEST_MAIN(TestAlertAck)
#include "tst_alertack.moc"
