// The alert dock's filters and order: the proxy under QAbstractItemModelTester over five
// alerts whose expected rows were worked out by hand for each filter and order, and the
// filter bar writing the workspace's alert filters and following them whoever writes.
#include "alerts/AlertFilterBar.h"
#include "alerts/AlertFilterModel.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertsPanel.h"
#include "workspace/FilterKeys.h"
#include "workspace/WorkspaceContext.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace yiping;
Q_DECLARE_METATYPE(yiping::ui::AlertFilter)
using domain::AlertLevel;
using domain::AlertStatus;
using domain::EnumValue;
namespace key = workspace::filterkey;

namespace {

QStringList strs(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out.append(QString::fromLatin1(v));
    return out;
}

store::ListedAlert alert(const char *id, const char *level, const char *rule, qint64 raisedAt,
                         const char *status, QStringList path, bool ackPending = false)
{
    store::ListedAlert a;
    a.alert.id = QString::fromLatin1(id);
    a.alert.rule = QString::fromLatin1(rule);
    a.alert.level = EnumValue<AlertLevel>::parse(QString::fromLatin1(level));
    a.alert.raisedAt = raisedAt;
    a.alert.status = EnumValue<AlertStatus>::parse(QString::fromLatin1(status));
    a.alert.regionId = path.value(0, QStringLiteral("c9"));
    a.regionPath = std::move(path);
    a.ackPending = ackPending;
    return a;
}

// a1 red gathering, open, 100, in cell c1 of town t1 of district d1; a2 blue overdue case,
// open, 300, in d1; a3 orange gathering, acked here, 200, in d2; a4 red repeated
// petitions, acknowledged, 50, in d2; a5 yellow left grid, open, 400, its region c9 not in
// the cache (no path).
store::AlertReader::Result fiveAlerts()
{
    store::AlertReader::Result read;
    read.alerts = {
        alert("a1", "red", "gathering", 100, "open", strs({"c1", "t1", "d1"})),
        alert("a2", "blue", "overdue_case", 300, "open", strs({"c2", "t2", "d1"})),
        alert("a3", "orange", "gathering", 200, "open", strs({"c3", "t3", "d2"}), true),
        alert("a4", "red", "repeated_petition", 50, "acknowledged", strs({"c4", "t4", "d2"})),
        alert("a5", "yellow", "key_person_left_grid", 400, "open", strs({})),
    };
    return read;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, 0).data(ui::AlertListModel::IdRole).toString());
    return out;
}

QSet<QString> set(std::initializer_list<const char *> values)
{
    QSet<QString> out;
    for (const char *v : values)
        out.insert(QString::fromLatin1(v));
    return out;
}

} // namespace

class TestAlertFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersAsChosen()
    {
        ui::AlertListModel alerts;
        alerts.setAlerts(fiveAlerts());
        ui::AlertFilterModel shown(&alerts);
        QAbstractItemModelTester tester(&shown,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using Order = ui::AlertFilterModel::Order;
        QCOMPARE(ids(shown), (strs({"a5", "a2", "a3", "a1", "a4"})));
        shown.setOrder(Order::Level); // red (newest first), orange, yellow, blue
        QCOMPARE(ids(shown), (strs({"a1", "a4", "a3", "a5", "a2"})));
        // By the rules' names (English here): Gathering, Key person…, Overdue…, Repeated….
        shown.setOrder(Order::Rule);
        QCOMPARE(ids(shown), (strs({"a3", "a1", "a5", "a2", "a4"})));
        // A live alert lands in its place in the chosen order.
        alerts.addAlert(alert("a6", "yellow", "gathering", 500, "open", strs({"c1", "t1", "d1"})));
        QCOMPARE(ids(shown), (strs({"a6", "a3", "a1", "a5", "a2", "a4"})));
    }

    void keepsWhatTheFilterSays_data()
    {
        QTest::addColumn<ui::AlertFilter>("filter");
        QTest::addColumn<QStringList>("expected"); // newest first
        ui::AlertFilter f;
        QTest::newRow("nothing") << f << strs({"a5", "a2", "a3", "a1", "a4"});
        f.levels = set({"red"});
        QTest::newRow("red") << f << strs({"a1", "a4"});
        f = {};
        f.levels = QSet<QString>();
        QTest::newRow("no level kept") << f << QStringList{};
        f = {};
        f.statuses = set({"acknowledged"}); // acked here counts as acknowledged
        QTest::newRow("acknowledged") << f << strs({"a3", "a4"});
        f = {};
        f.statuses = set({"open"});
        QTest::newRow("open") << f << strs({"a5", "a2", "a1"});
        f = {};
        f.rules = set({"gathering"});
        QTest::newRow("gathering") << f << strs({"a3", "a1"});
        f = {};
        f.regionId = QStringLiteral("d1");
        QTest::newRow("district d1") << f << strs({"a2", "a1"});
        f.regionId = QStringLiteral("t3");
        QTest::newRow("town t3") << f << strs({"a3"});
        f.regionId = QStringLiteral("c9"); // no path: only its own region holds it
        QTest::newRow("unknown region") << f << strs({"a5"});
        f = {};
        f.levels = set({"red", "orange"});
        f.statuses = set({"open", "acknowledged"});
        f.regionId = QStringLiteral("d2");
        QTest::newRow("red/orange in d2") << f << strs({"a3", "a4"});
    }

    void keepsWhatTheFilterSays()
    {
        QFETCH(ui::AlertFilter, filter);
        QFETCH(QStringList, expected);
        ui::AlertListModel alerts;
        alerts.setAlerts(fiveAlerts());
        ui::AlertFilterModel shown(&alerts);
        QAbstractItemModelTester tester(&shown,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        shown.setFilter(filter);
        QCOMPARE(ids(shown), expected);
    }

    void theBarCountsWritesAndFollowsTheWorkspace()
    {
        workspace::WorkspaceContext context;
        ui::AlertListModel alerts;
        alerts.setAlerts(fiveAlerts());
        ui::AlertsPanel panel(&alerts, &context);
        ui::AlertFilterBar *bar = panel.filterBar();
        // Open per level (a3 acked here and a4 acknowledged are not open): Ⅰ 1, Ⅲ 1, Ⅳ 1.
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("alertsOpenCount"))->text(),
                 QStringLiteral("Open 3"));
        QCOMPARE(bar->levelButton(4)->text(), QStringLiteral("Ⅰ 1"));
        QCOMPARE(bar->levelButton(3)->text(), QStringLiteral("Ⅱ 0"));
        QCOMPARE(bar->levelButton(2)->text(), QStringLiteral("Ⅲ 1"));
        QCOMPARE(bar->levelButton(1)->text(), QStringLiteral("Ⅳ 1"));
        QCOMPARE(bar->ruleBox()->count(), 5); // all, and the four rules listed

        // A read that lists only the newest: the headline counts the cache's open alerts
        // (3 open of the 5 listed and the 18 left out), and the note says so.
        store::AlertReader::Result partial = fiveAlerts();
        partial.total = 23;
        alerts.setAlerts(partial);
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("alertsOpenCount"))->text(),
                 QStringLiteral("Open 21"));
        QCOMPARE(bar->shownText(), QStringLiteral("the newest 5 listed"));
        alerts.setAlerts(fiveAlerts());
        QCOMPARE(bar->shownText(), QString());

        // Hiding Ⅳ (blue) writes the workspace; the list and its note follow.
        bar->levelButton(1)->click();
        QCOMPARE(context.filter(key::alertLevel), (strs({"orange", "red", "yellow"})));
        QCOMPARE(ids(*panel.shownModel()), (strs({"a5", "a3", "a1", "a4"})));
        QCOMPARE(bar->shownText(), QStringLiteral("Showing 4 of 5"));
        bar->levelButton(1)->click();
        QVERIFY(!context.hasFilter(key::alertLevel));
        QCOMPARE(bar->shownText(), QString());

        // Another page filters by state: the bar shows it, the list keeps the open ones.
        context.setFilter(key::alertStatus, {QStringLiteral("open")});
        QCOMPARE(bar->statusBox()->currentData().toString(), QStringLiteral("open"));
        QCOMPARE(ids(*panel.shownModel()), (strs({"a5", "a2", "a1"})));
        context.clearFilter(key::alertStatus);
        QCOMPARE(bar->statusBox()->currentIndex(), 0);

        // "Only the region in view" follows the map's breadcrumb.
        context.setRegion({2, QStringLiteral("d2")});
        bar->regionBox()->click();
        QCOMPARE(context.filter(key::alertRegion), QStringList{QStringLiteral("d2")});
        QCOMPARE(ids(*panel.shownModel()), (strs({"a3", "a4"})));
        context.setRegion({2, QStringLiteral("d1")});
        QCOMPARE(ids(*panel.shownModel()), (strs({"a2", "a1"})));
        context.setRegion({});
        QVERIFY(!context.hasFilter(key::alertRegion));
        QCOMPARE(ids(*panel.shownModel()).size(), 5);

        // Nothing left to show says so.
        context.setFilter(key::alertRule, {QStringLiteral("severe_event")});
        QCOMPARE(panel.shownModel()->rowCount(), 0);
        QCOMPARE(panel.message(), QStringLiteral("No alert matches the filter."));
    }
};

QTEST_MAIN(TestAlertFilter)
#include "tst_alertfilter.moc"
