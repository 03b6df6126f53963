// The time window the pages share: presets relative to the data's "now", a custom range,
// the playhead kept inside the window, each signalled once per real change.
#include "workspace/TimeWindowModel.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace yiping;
using workspace::TimeWindowModel;
using Preset = TimeWindowModel::Preset;

class TestTimeWindowModel : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kDay = 24 * 3600;
    // 2026-11-27 00:00 UTC; twelve months before it is 2025-11-27 00:00 UTC (365 days, no
    // 29 February between them).
    const qint64 m_now =
        QDateTime(QDate(2026, 11, 27), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();

private Q_SLOTS:
    void presetsEndAtNow_data()
    {
        QTest::addColumn<Preset>("preset");
        QTest::addColumn<qint64>("length");
        QTest::newRow("24 h") << Preset::Last24Hours << kDay;
        QTest::newRow("7 days") << Preset::Last7Days << 7 * kDay;
        QTest::newRow("30 days") << Preset::Last30Days << 30 * kDay;
        QTest::newRow("12 months") << Preset::Last12Months << 365 * kDay;
    }

    void presetsEndAtNow()
    {
        QFETCH(Preset, preset);
        QFETCH(qint64, length);
        TimeWindowModel model;
        model.setNow(m_now);
        model.choosePreset(preset);
        QCOMPARE(model.preset(), preset);
        QCOMPARE(model.window().from, m_now - length);
        QCOMPARE(model.window().to, m_now);
    }

    void theDefaultIsTheLast30Days()
    {
        TimeWindowModel model;
        QCOMPARE(model.preset(), Preset::Last30Days);
        QCOMPARE(model.window().to - model.window().from, 30 * kDay);
        QCOMPARE(model.playhead(), model.window().from);
    }

    void changesAreSignalledOnce()
    {
        TimeWindowModel model;
        model.setNow(m_now);
        QSignalSpy window(&model, &TimeWindowModel::windowChanged);
        QSignalSpy preset(&model, &TimeWindowModel::presetChanged);
        model.choosePreset(Preset::Last30Days); // already
        model.choosePreset(Preset::Custom);     // no range: nothing
        QCOMPARE(window.count(), 0);
        QCOMPARE(preset.count(), 0);
        model.choosePreset(Preset::Last7Days);
        QCOMPARE(window.count(), 1);
        QCOMPARE(window.at(0).at(0).toLongLong(), m_now - 7 * kDay);
        QCOMPARE(window.at(0).at(1).toLongLong(), m_now);
        QCOMPARE(preset.count(), 1);
        QCOMPARE(preset.at(0).at(0).value<Preset>(), Preset::Last7Days);

        // The same range as custom: the preset changes, the window does not.
        model.chooseRange(m_now - 7 * kDay, m_now);
        QCOMPARE(window.count(), 1);
        QCOMPARE(preset.count(), 2);
        QCOMPARE(model.preset(), Preset::Custom);
        // An empty or inverted range is no window.
        model.chooseRange(m_now, m_now);
        model.chooseRange(m_now, m_now - kDay);
        QCOMPARE(window.count(), 1);
        model.chooseRange(m_now - 3 * kDay, m_now - kDay);
        QCOMPARE(window.count(), 2);
        QCOMPARE(preset.count(), 2);
    }

    void nowReanchorsAPresetButNotACustomWindow()
    {
        TimeWindowModel model;
        model.setNow(m_now);
        QSignalSpy window(&model, &TimeWindowModel::windowChanged);
        model.setNow(m_now); // the same now
        QCOMPARE(window.count(), 0);
        model.setNow(m_now + kDay);
        QCOMPARE(window.count(), 1);
        QCOMPARE(model.window().from, m_now - 29 * kDay);
        QCOMPARE(model.window().to, m_now + kDay);
        model.chooseRange(m_now - 3 * kDay, m_now - kDay);
        model.setNow(m_now + 2 * kDay);
        QCOMPARE(window.count(), 2);
        QCOMPARE(model.window().from, m_now - 3 * kDay);
        QCOMPARE(model.now(), m_now + 2 * kDay);
    }

    void thePlayheadStaysInsideTheWindow()
    {
        TimeWindowModel model;
        model.setNow(m_now);
        model.setPlayhead(m_now - 20 * kDay);
        QCOMPARE(model.playhead(), m_now - 20 * kDay);
        // Outside the 7-day window: moved to its start.
        model.choosePreset(Preset::Last7Days);
        QCOMPARE(model.playhead(), m_now - 7 * kDay);
        QSignalSpy spy(&model, &TimeWindowModel::playheadChanged);
        model.setPlayhead(m_now - kDay);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), m_now - kDay);
        model.setPlayhead(m_now - kDay);
        QCOMPARE(spy.count(), 1);
        model.setPlayhead(m_now + 10 * kDay); // past the end: at the end
        QCOMPARE(model.playhead(), m_now);
        model.setPlayhead(0); // before the start: at the start
        QCOMPARE(model.playhead(), m_now - 7 * kDay);
        QCOMPARE(spy.count(), 3);
        // A window that no longer holds it takes it along; one that does leaves it.
        model.setPlayhead(m_now - 2 * kDay);
        model.choosePreset(Preset::Last24Hours);
        QCOMPARE(model.playhead(), m_now - kDay);
        QCOMPARE(spy.count(), 5);
        model.choosePreset(Preset::Last30Days);
        QCOMPARE(model.playhead(), m_now - kDay);
        QCOMPARE(spy.count(), 5);
    }
};

QTEST_GUILESS_MAIN(TestTimeWindowModel)
#include "tst_timewindowmodel.moc"
