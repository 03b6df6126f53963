#include "Breadcrumb.h"
#include "Theme.h"
#include "WidgetTestSetup.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace yiping;
using widgets::Breadcrumb;

// The map's breadcrumb: each level but the current one goes back up, by mouse or keyboard,
// and a path too long for its width still shows the city and the current place.
class TestBreadcrumb : public QObject
{
    Q_OBJECT

private:
    static QList<Breadcrumb::Item> putianPath()
    {
        return {{QStringLiteral("r-1"), QStringLiteral("莆田市")},
                {QStringLiteral("r-2"), QStringLiteral("荔城区")},
                {QStringLiteral("r-3"), QStringLiteral("镇海街道")},
                {QStringLiteral("r-4"), QStringLiteral("镇海街道第三网格")}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(widgettest::setUpLookAndLanguage()); }

    void clickingAnItemEmitsItsDepthAndId()
    {
        Breadcrumb crumb;
        crumb.setPath(putianPath());
        crumb.resize(crumb.sizeHint().width() + 20, crumb.sizeHint().height());
        crumb.show();
        QVERIFY(QTest::qWaitForWindowExposed(&crumb));
        QSignalSpy spy(&crumb, &Breadcrumb::activated);

        for (int depth = 0; depth < 4; ++depth)
            QCOMPARE(crumb.itemText(depth), putianPath()[depth].second); // nothing elided
        QTest::mouseClick(&crumb, Qt::LeftButton, {}, crumb.itemRect(1).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("r-2"));

        QTest::mouseClick(&crumb, Qt::LeftButton, {}, crumb.itemRect(0).center());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 0);
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("r-1"));

        // The current place is where the user already is: not a link.
        QTest::mouseClick(&crumb, Qt::LeftButton, {}, crumb.itemRect(3).center());
        QCOMPARE(spy.count(), 2);
    }

    void keyboardActivatesItems()
    {
        Breadcrumb crumb;
        crumb.setPath(putianPath());
        crumb.resize(crumb.sizeHint());
        crumb.show();
        QVERIFY(QTest::qWaitForWindowExposed(&crumb));
        QSignalSpy spy(&crumb, &Breadcrumb::activated);
        crumb.setFocus();
        QTest::keyClick(&crumb, Qt::Key_Return); // starts one level up
        QTest::keyClick(&crumb, Qt::Key_Left);
        QTest::keyClick(&crumb, Qt::Key_Space);
        QTest::keyClick(&crumb, Qt::Key_Right);
        QTest::keyClick(&crumb, Qt::Key_Right); // stays on the last link
        QTest::keyClick(&crumb, Qt::Key_Enter);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("r-3"));
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("r-2"));
        QCOMPARE(spy.at(2).at(1).toString(), QStringLiteral("r-3"));
    }

    void aLongPathGivesWayInTheMiddle()
    {
        Breadcrumb crumb;
        crumb.setPath(putianPath());
        const int full = crumb.sizeHint().width();
        crumb.resize(full * 6 / 10, crumb.sizeHint().height());
        crumb.show();
        QVERIFY(QTest::qWaitForWindowExposed(&crumb));

        // The city and the current place stay; something in the middle gave way.
        QCOMPARE(crumb.itemText(0), QStringLiteral("莆田市"));
        QVERIFY(!crumb.itemText(3).isEmpty());
        QVERIFY(crumb.itemRect(1).isEmpty() || crumb.itemText(1) != QStringLiteral("荔城区"));
        for (int depth = 0; depth < 4; ++depth)
            QVERIFY(crumb.itemRect(depth).right() < crumb.width());
        // The city is still a link.
        QSignalSpy spy(&crumb, &Breadcrumb::activated);
        QTest::mouseClick(&crumb, Qt::LeftButton, {}, crumb.itemRect(0).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("r-1"));

        // Very narrow: the current place's name is elided in its middle, not cut off.
        crumb.resize(160, crumb.height());
        const QString last = crumb.itemText(3);
        QVERIFY2(last.contains(QStringLiteral("…")), qPrintable(last));
        QVERIFY(last.startsWith(QStringLiteral("镇")));
        QVERIFY(crumb.itemRect(3).right() < crumb.width());

        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty()) {
            crumb.resize(full + 20, crumb.height());
            crumb.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/breadcrumb.png"));
            crumb.resize(full * 6 / 10, crumb.height());
            crumb.grab().save(QString::fromLocal8Bit(dir) +
                              QStringLiteral("/breadcrumb-narrow.png"));
        }
    }
};

QTEST_MAIN(TestBreadcrumb)
#include "tst_breadcrumb.moc"
