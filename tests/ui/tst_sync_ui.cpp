#include "MainWindow.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertToast.h"
#include "city/CityManifest.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusModel.h"

#include "../server/ServerProcess.h"

#include "store/Sqlite.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace yiping;

// The application side of sync against the real reference server (with --simulate, so
// the live stream brings new alerts): the controller's worker thread, the per-collection
// model, the status line, and a live alert reaching the alert list and the toast.
class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    ui::SyncSettings settings() const
    {
        ui::SyncSettings s;
        s.server = m_server.base;
        s.user = QStringLiteral("admin");
        return s;
    }

    static bool allCurrent(const ui::SyncStatusModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString state = model->index(row, ui::SyncStatusModel::State).data().toString();
            if (state != ui::SyncStatusModel::tr("Current"))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // caches and settings in test locations
        QVERIFY2(m_server.start({QStringLiteral("--data"),
                                 QStringLiteral(YIPING_TEST_DATA "/tiny.ndjson"),
                                 QStringLiteral("--simulate")}),
                 qPrintable(m_server.standardError()));
    }

    void controllerSyncsEveryCollection()
    {
        ui::SyncController controller;
        QAbstractItemModelTester tester(controller.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(controller.model()->rowCount(), 14);
        QVERIFY(controller.statusText().contains(ui::SyncController::tr("Sync: not signed in")));
        QFile::remove(ui::SyncController().cachePath());
        controller.signIn(settings(), QStringLiteral("admin-demo"));
        QVERIFY(controller.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 30000);
        QVERIFY2(allCurrent(controller.model()), qPrintable(controller.statusText()));
        QVERIFY2(controller.statusText().contains(
                     ui::SyncController::tr("Synced at %1").section(QLatin1Char(' '), 0, 0)),
                 qPrintable(controller.statusText()));
        QVERIFY(QFileInfo::exists(controller.cachePath()));
        // The settings are kept, the password is not.
        QCOMPARE(ui::SyncSettings::load().server, m_server.base);
    }

    void wrongPasswordIsAnError()
    {
        ui::SyncController controller;
        controller.signIn(settings(), QStringLiteral("wrong"));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 30000);
        QVERIFY2(controller.statusText().startsWith(
                     ui::SyncController::tr("Sync error: %1").section(QLatin1Char(':'), 0, 0)),
                 qPrintable(controller.statusText()));
    }

    // Signing in again while the first sign-in's sync is stuck must not wait for it on the
    // GUI thread. The first run is held where quitting its thread cannot reach it: its first
    // page waits on the cache's write lock, which this test holds (SQLite's busy timeout,
    // 5 s). A controller that waited for the old worker would return only after that.
    void signingInAgainDoesNotWaitForTheRunInFlight()
    {
        ui::SyncController controller;
        const QString cache =
            store::Store::defaultPath(settings().user, settings().server.authority());
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(cache + QLatin1StringView(suffix));
        QVERIFY(store::Store::open(cache).store); // the schema, so that the lock can be taken
        store::Database locker = store::Database::open(cache);
        locker.exec("BEGIN IMMEDIATE");
        controller.signIn(settings(), QStringLiteral("admin-demo"));
        QCOMPARE(controller.cachePath(), cache);
        QVERIFY(controller.isRunning());
        // Time for sign-in, /meta and the first page to reach the lock; a machine too slow
        // for that only makes this check weaker, never wrong.
        QTest::qWait(1500);

        QElapsedTimer elapsed;
        elapsed.start();
        controller.signIn(settings(), QStringLiteral("admin-demo"));
        const qint64 ms = elapsed.elapsed();
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("signIn() blocked for %1 ms").arg(ms)));
        QVERIFY(controller.isRunning());

        // The lock goes: the new run completes, and the old one's end changes nothing.
        locker.exec("ROLLBACK");
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 30000);
        QVERIFY2(allCurrent(controller.model()), qPrintable(controller.statusText()));
        QVERIFY2(controller.statusText().contains(
                     ui::SyncController::tr("Synced at %1").section(QLatin1Char(' '), 0, 0)),
                 qPrintable(controller.statusText()));
    }

    void liveAlertReachesTheListAndTheToast()
    {
        CityManifest city;
        QString error;
        QVERIFY(CityManifest::load(CityManifest::defaultCityDir(), &city, &error));
        ui::MainWindow window(city);
        window.resize(1200, 800);
        window.show();
        auto *toast = window.findChild<ui::AlertToast *>();
        QVERIFY(toast && !toast->isVisible());
        window.syncController()->signIn(settings(), QStringLiteral("admin-demo"));
        // The simulator raises an alert every few seconds and announces it on the stream:
        // it pops up without a restart and tops the list.
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), 30000);
        QVERIFY(window.alerts()->rowCount() > 0);
        const QString first = window.alerts()->index(0).data().toString();
        const QString level =
            window.alerts()->index(0).data(ui::AlertListModel::LevelRole).toString();
        // The level by its one name, as the map's legend and the profiles name it.
        const QHash<QString, QString> names = {
            {QStringLiteral("red"), QStringLiteral("Ⅰ · Critical")},
            {QStringLiteral("orange"), QStringLiteral("Ⅱ · High")},
            {QStringLiteral("yellow"), QStringLiteral("Ⅲ · Medium")},
            {QStringLiteral("blue"), QStringLiteral("Ⅳ · Low")}};
        QVERIFY2(names.contains(level), qPrintable(level));
        QVERIFY2(first.startsWith(QLatin1Char('[') + names.value(level) + QLatin1Char(']')),
                 qPrintable(first));
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_sync_ui.moc"
