#include "MainWindow.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertToast.h"
#include "city/CityManifest.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusModel.h"

#include "../server/ServerProcess.h"

#include <QAbstractItemModelTester>
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
