// The alert and conflict models under QAbstractItemModelTester, each dumped row by row
// (ModelDump.h) and compared with what a user should read, written out by hand.
#include "ModelDump.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertsPanel.h"
#include "sync/ConflictListModel.h"
#include "workspace/WorkspaceContext.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace yiping;
using domain::AlertLevel;
using domain::AlertStatus;
using domain::EnumValue;

namespace {

// A time of the machine's zone, where the lists show their times.
qint64 localTime(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute)).toSecsSinceEpoch();
}

store::ListedAlert alert(const char *id, const char *level, qint64 raisedAt, const char *status,
                         const char *message, bool ackPending = false)
{
    store::ListedAlert a;
    a.alert.id = QString::fromLatin1(id);
    a.alert.rule = QStringLiteral("key_person_left_grid");
    a.alert.level = EnumValue<AlertLevel>::parse(QString::fromLatin1(level));
    a.alert.raisedAt = raisedAt;
    a.alert.status = EnumValue<AlertStatus>::parse(QString::fromLatin1(status));
    a.alert.message = QString::fromUtf8(message);
    a.lonLat = QPointF(119.0, 25.4);
    a.ackPending = ackPending;
    return a;
}

const QList<modeldump::Role> kAlertRoles = {{ui::AlertListModel::IdRole, "id"},
                                            {ui::AlertListModel::LevelRole, "level"},
                                            {ui::AlertListModel::AckStateRole, "ack"},
                                            {Qt::DecorationRole, "colour"}};

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertsNewestFirstWithTheirLevelAndState()
    {
        ui::AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        store::AlertReader::Result read;
        read.alerts = {alert("al-1", "orange", localTime(27, 8, 30), "open", "多次信访", true),
                       alert("al-2", "red", localTime(27, 9, 5), "open", "离开网格"),
                       alert("al-3", "purple", localTime(26, 23, 0), "open", "新规则")};
        read.alerts[2].alert.rule = QStringLiteral("night_curfew");
        model.setAlerts(read);
        // ack: 1 open (确认 offered), 2 acknowledged here and pending upload. An unknown
        // level reads as the data has it, in the neutral colour.
        QCOMPARE(modeldump::dump(model, kAlertRoles),
                 QStringList({
                     QStringLiteral("[Ⅰ · Critical] 11-27 09:05⏎离开网格 id=al-2 level=red "
                                    "ack=1 colour=#e53935"),
                     QStringLiteral("[Ⅱ · High] 11-27 08:30 · Acknowledged · pending upload⏎"
                                    "多次信访 id=al-1 level=orange ack=2 colour=#fb8c00"),
                     QStringLiteral("[purple] 11-26 23:00⏎新规则 id=al-3 level=purple ack=1 "
                                    "colour=#8fa6c2"),
                 }));
        QVERIFY(model.error().isEmpty());
        QCOMPARE(model.index(2).data(Qt::ToolTipRole).toString(), QStringLiteral("night_curfew"));
        // The rule by its name; one the client does not know, as the data has it.
        QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Key person left their grid cell"));
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Key person left their grid cell\nAcknowledged on this computer; "
                                "uploaded at the next sync."));

        // Live: a new alert tops the list; an update of a listed one changes it in place,
        // keeping its place on the map and the ack waiting here.
        model.addAlert(alert("al-4", "blue", localTime(27, 10, 0), "open", "新预警"));
        store::ListedAlert closed =
            alert("al-1", "orange", localTime(27, 8, 30), "closed", "多次信访");
        closed.lonLat.reset();
        QVERIFY(model.updateAlert(closed));
        QVERIFY(!model.updateAlert(alert("al-9", "red", 0, "closed", "")));
        model.setAckState(QStringLiteral("al-2"), ui::AlertAckState::Pending);
        QCOMPARE(modeldump::dump(model, kAlertRoles),
                 QStringList({
                     QStringLiteral("[Ⅳ · Low] 11-27 10:00⏎新预警 id=al-4 level=blue ack=1 "
                                    "colour=#008cff"),
                     QStringLiteral("[Ⅰ · Critical] 11-27 09:05 · Acknowledged · pending "
                                    "upload⏎离开网格 id=al-2 level=red ack=2 colour=#e53935"),
                     QStringLiteral("[Ⅱ · High] 11-27 08:30 · Closed⏎多次信访 id=al-1 "
                                    "level=orange ack=0 colour=#fb8c00"),
                     QStringLiteral("[purple] 11-26 23:00⏎新规则 id=al-3 level=purple ack=1 "
                                    "colour=#8fa6c2"),
                 }));
        QCOMPARE(model.alerts().at(2).lonLat, std::optional<QPointF>(QPointF(119.0, 25.4)));
        QVERIFY(model.alerts().at(2).ackPending);
    }

    void aBrokenCacheSaysSo()
    {
        ui::AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace::WorkspaceContext context;
        ui::AlertsPanel panel(&model, &context);
        QCOMPARE(panel.message(), QStringLiteral("No open alerts."));

        store::AlertReader::Result read;
        read.alerts = {alert("al-1", "red", localTime(27, 8, 30), "open", "离开网格")};
        model.setAlerts(read);
        QCOMPARE(panel.message(), QString());

        const QString error =
            QStringLiteral("The alerts could not be read from the cache: no such table: alerts");
        model.setAlerts({{}, 0, error});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.error(), error);
        QCOMPARE(panel.message(), error);
    }

    void theRowUnderThePointerIsHovered()
    {
        ui::AlertListModel model;
        store::AlertReader::Result read;
        read.alerts = {alert("al-1", "red", localTime(27, 8, 30), "open", "离开网格"),
                       alert("al-2", "blue", localTime(27, 7, 0), "open", "夜间聚集")};
        model.setAlerts(read);
        workspace::WorkspaceContext context;
        ui::AlertsPanel panel(&model, &context);
        panel.resize(300, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy hovered(&panel, &ui::AlertsPanel::alertHovered);
        QListView *list = panel.list();
        const QModelIndex second = list->model()->index(1, 0);
        QTest::mouseMove(list->viewport(), list->visualRect(second).center());
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().at(0).toString(), QStringLiteral("al-2"));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(list->viewport(), &leave);
        QCOMPARE(hovered.last().at(0).toString(), QString());
    }

    void conflictsMineBesideTheirs()
    {
        ui::ConflictListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::ConflictListModel::Conflict note;
        note.id = QStringLiteral("n-1");
        note.targetType = domain::RefType::Person;
        note.targetId = QStringLiteral("per-7");
        note.kind = QStringLiteral("note");
        note.mine = QStringLiteral("每周走访一次");
        note.theirs = QStringLiteral("每月走访一次");
        note.theirAuthor = QStringLiteral("leader");
        note.queuedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 30));
        note.theirUpdated = QDateTime(QDate(2026, 11, 27), QTime(9, 15));
        ui::ConflictListModel::Conflict ack;
        ack.id = QStringLiteral("n-2");
        ack.targetType = domain::RefType::Unknown;
        ack.targetId = QStringLiteral("x-1");
        ack.kind = QStringLiteral("ack");
        ack.mine = QStringLiteral("Acknowledged");
        ack.queuedAt = QDateTime(QDate(2026, 11, 28), QTime(7, 0));
        model.setConflicts({note, ack});

        QCOMPARE(modeldump::dump(model, {{ui::ConflictListModel::IdRole, "id"}}),
                 QStringList({
                     QStringLiteral("Person per-7 | 每周走访一次 | 每月走访一次 (leader) | mine "
                                    "2026-11-27 08:30⏎server 2026-11-27 09:15 id=n-1"),
                     QStringLiteral("Record x-1 | Acknowledged |  | mine 2026-11-28 07:00 "
                                    "id=n-2"),
                 }));
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        QCOMPARE(headers,
                 QStringList({QStringLiteral("Object"), QStringLiteral("My version"),
                              QStringLiteral("Server's version"), QStringLiteral("When")}));
        model.setConflicts({});
        QCOMPARE(modeldump::dump(model), QStringList());
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
