#include "EventHistogram.h"
#include "Theme.h"
#include "TimeRangeDialog.h"
#include "TimeWindowBar.h"
#include "WidgetTestSetup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace yiping;
using widgets::TimeWindowBar;
using workspace::TimeWindowModel;

// The time window bar as a user works it: presets relative to the data's "now", dragging
// across the histogram, the custom range dialog and the keyboard. Each writes the model
// it shows; the bar follows the model whoever changes it.
class TestTimeWindowBar : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kDay = 24 * 3600;
    // 2026-11-27 08:00 +08:00, the demo dataset's generation time.
    const qint64 m_now =
        QDateTime(QDate(2026, 11, 27), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();

    static QList<int> ramp(int n)
    {
        QList<int> counts;
        for (int i = 0; i < n; ++i)
            counts.append(10 + (i * 37) % 50);
        return counts;
    }

    static store::TimeWindow window(const QSignalSpy &spy, int i = 0)
    {
        return {spy.at(i).at(0).toLongLong(), spy.at(i).at(1).toLongLong()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(widgettest::setUpLookAndLanguage()); }

    void defaultIsLast30DaysBeforeNow()
    {
        TimeWindowModel model;
        model.setNow(m_now);
        TimeWindowBar bar(&model);
        QCOMPARE(model.preset(), TimeWindowBar::Preset::Last30Days);
        QCOMPARE(model.window().from, m_now - 30 * kDay);
        QCOMPARE(model.window().to, m_now);
        QVERIFY(bar.presetButton(TimeWindowBar::Preset::Last30Days)->isChecked());
    }

    void presetEmitsWindowRelativeToNow_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<qint64>("from");
        const QDateTime now = QDateTime::fromSecsSinceEpoch(m_now);
        QTest::newRow("24 h") << int(TimeWindowBar::Preset::Last24Hours) << m_now - kDay;
        QTest::newRow("7 days") << int(TimeWindowBar::Preset::Last7Days) << m_now - 7 * kDay;
        QTest::newRow("12 months")
            << int(TimeWindowBar::Preset::Last12Months) << now.addMonths(-12).toSecsSinceEpoch();
    }

    void presetEmitsWindowRelativeToNow()
    {
        QFETCH(int, preset);
        QFETCH(qint64, from);
        TimeWindowModel model;
        model.setNow(m_now);
        TimeWindowBar bar(&model);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy spy(&model, &TimeWindowModel::windowChanged);
        QAbstractButton *button = bar.presetButton(TimeWindowBar::Preset(preset));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(window(spy).from, from);
        QCOMPARE(window(spy).to, m_now);
        QVERIFY(button->isChecked());
        // Clicking the preset already chosen changes nothing, so nothing is emitted.
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        // The data's "now" moving re-anchors the preset: the window moves, and says so.
        model.setNow(m_now + kDay);
        QCOMPARE(model.window().to, m_now + kDay);
        QCOMPARE(spy.count(), 2);
        QVERIFY(button->isChecked());
    }

    void presetsWorkFromTheKeyboard()
    {
        TimeWindowModel model;
        model.setNow(m_now);
        TimeWindowBar bar(&model);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy spy(&model, &TimeWindowModel::windowChanged);
        QAbstractButton *button = bar.presetButton(TimeWindowBar::Preset::Last7Days);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(window(spy).from, m_now - 7 * kDay);
    }

    void draggingOnTheHistogramSelectsARange()
    {
        TimeWindowModel model;
        model.setNow(m_now);
        TimeWindowBar bar(&model);
        bar.resize(900, 110);
        const qint64 start = m_now - 60 * kDay;
        bar.setHistogram(ramp(60), start, m_now); // one bar per day
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy spy(&model, &TimeWindowModel::windowChanged);

        widgets::EventHistogram *h = bar.histogram();
        auto middleOfDay = [&](int day) {
            return QPoint((h->xOf(start + day * kDay) + h->xOf(start + (day + 1) * kDay)) / 2,
                          h->height() / 2);
        };
        QTest::mousePress(h, Qt::LeftButton, {}, middleOfDay(10));
        QTest::mouseMove(h, middleOfDay(15));
        QTest::mouseMove(h, middleOfDay(20));
        QCOMPARE(spy.count(), 0); // nothing while dragging
        QTest::mouseRelease(h, Qt::LeftButton, {}, middleOfDay(20));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(window(spy).from, start + 10 * kDay);
        QCOMPARE(window(spy).to, start + 21 * kDay);
        QCOMPARE(model.preset(), TimeWindowBar::Preset::Custom);
        QVERIFY(bar.presetButton(TimeWindowBar::Preset::Custom)->isChecked());
        QVERIFY(!bar.presetButton(TimeWindowBar::Preset::Last30Days)->isChecked());

        // Dragging right to left selects the same kind of range.
        QTest::mousePress(h, Qt::LeftButton, {}, middleOfDay(40));
        QTest::mouseRelease(h, Qt::LeftButton, {}, middleOfDay(35));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(window(spy, 1).from, start + 35 * kDay);
        QCOMPARE(window(spy, 1).to, start + 41 * kDay);

        // The arrow keys move the window by one bar, keeping its length.
        h->setFocus();
        QTest::keyClick(h, Qt::Key_Right);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(window(spy, 2).from, start + 36 * kDay);
        QCOMPARE(window(spy, 2).to, start + 42 * kDay);
    }

    void customRangeIsValidated()
    {
        TimeWindowModel model;
        model.setNow(m_now);
        TimeWindowBar bar(&model);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy spy(&model, &TimeWindowModel::windowChanged);

        QTest::mouseClick(bar.presetButton(TimeWindowBar::Preset::Custom), Qt::LeftButton);
        auto *dialog = bar.findChild<widgets::TimeRangeDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Until accepted, the preset in force stays lit.
        QVERIFY(bar.presetButton(TimeWindowBar::Preset::Last30Days)->isChecked());

        const QDateTime from = QDateTime::fromSecsSinceEpoch(m_now - 3 * kDay);
        dialog->fromEdit()->setDateTime(from);
        dialog->toEdit()->setDateTime(from.addSecs(-3600)); // before the start
        QVERIFY(!dialog->okButton()->isEnabled());
        auto *problem = dialog->findChild<QLabel *>();
        QVERIFY(problem);
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());
        dialog->toEdit()->setDateTime(from); // equal is no window either
        QVERIFY(!dialog->okButton()->isEnabled());

        dialog->toEdit()->setDateTime(from.addSecs(2 * 3600));
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(window(spy).from, from.toSecsSinceEpoch());
        QCOMPARE(window(spy).to, from.toSecsSinceEpoch() + 2 * 3600);
        QCOMPARE(model.preset(), TimeWindowBar::Preset::Custom);

        // Cancelling leaves the window alone.
        QTest::mouseClick(bar.presetButton(TimeWindowBar::Preset::Custom), Qt::LeftButton);
        QTRY_VERIFY(bar.findChild<widgets::TimeRangeDialog *>());
        bar.findChild<widgets::TimeRangeDialog *>()->reject();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.window().to, from.toSecsSinceEpoch() + 2 * 3600);
    }

    void twoViewsOfOneModelStayInStep()
    {
        TimeWindowModel model;
        model.setNow(m_now);
        TimeWindowBar first(&model);
        TimeWindowBar second(&model);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        QTest::mouseClick(first.presetButton(TimeWindowBar::Preset::Last7Days), Qt::LeftButton);
        QCOMPARE(model.preset(), TimeWindowBar::Preset::Last7Days);
        QVERIFY(second.presetButton(TimeWindowBar::Preset::Last7Days)->isChecked());
        // Another page writes the model: both bars light Custom and show its range.
        const qint64 from = m_now - 3 * kDay;
        model.chooseRange(from, m_now - kDay);
        for (const TimeWindowBar *bar : {&first, &second}) {
            QVERIFY(bar->presetButton(TimeWindowBar::Preset::Custom)->isChecked());
            const auto *range = bar->findChild<QLabel *>(QStringLiteral("timeRange"));
            QVERIFY(range);
            QCOMPARE(range->text(),
                     TimeWindowBar::tr("%1 – %2").arg(
                         QLocale().toString(QDateTime::fromSecsSinceEpoch(from),
                                            QStringLiteral("yyyy-MM-dd HH:mm")),
                         QLocale().toString(QDateTime::fromSecsSinceEpoch(m_now - kDay),
                                            QStringLiteral("yyyy-MM-dd HH:mm"))));
        }
    }

    void render()
    {
        // For looking at: set YIPING_SHOTS to a folder to get the widget as a PNG.
        TimeWindowModel model;
        model.setNow(m_now);
        TimeWindowBar bar(&model);
        bar.resize(760, 110);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(m_now);
        const qint64 start = now.addMonths(-12).toSecsSinceEpoch();
        bar.setHistogram(ramp(120), start, m_now);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        const QImage image = bar.grab().toImage();
        // The selected window is drawn in the accent colour near the right end of the bars.
        const widgets::EventHistogram *h = bar.histogram();
        const qint64 step = (m_now - start) / 120;
        const qint64 middleOfABar = start + 115 * step + step / 2;
        const QPoint inWindow = h->mapTo(&bar, QPoint(h->xOf(middleOfABar), h->height() - 25));
        QCOMPARE(image.pixelColor(inWindow * image.devicePixelRatio()), theme::accent);
        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty())
            image.save(QString::fromLocal8Bit(dir) + QStringLiteral("/timewindowbar.png"));
    }
};

QTEST_MAIN(TestTimeWindowBar)
#include "tst_timewindowbar.moc"
