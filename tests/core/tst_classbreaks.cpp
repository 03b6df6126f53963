#include "analysis/ClassBreaks.h"

#include <QTest>

#include <limits>

using yiping::analysis::ClassBreaks;

class TestClassBreaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantiles_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QList<double>>("upper");
        QTest::newRow("1..10 in 5")
            << QList<double>{10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 5 << QList<double>{2, 4, 6, 8, 10};
        QTest::newRow("skewed rates")
            << QList<double>{0.1, 0.2, 0.2, 0.3, 0.5, 0.8, 1.3, 2.1, 3.4, 55} << 5
            << QList<double>{0.2, 0.3, 0.8, 2.1, 55};
        QTest::newRow("ties collapse classes")
            << QList<double>{1, 1, 1, 1, 1, 1, 2} << 5 << QList<double>{1, 2};
        QTest::newRow("single value") << QList<double>{7} << 5 << QList<double>{7};
        // Rounded by hand: each break the roundest number at or above its value and below
        // the next value, all at the precision the closest pair needs.
        QTest::newRow("rounded to whole numbers")
            << QList<double>{1.04, 2.51, 3.77, 5.02, 9.93} << 5 << QList<double>{2, 3, 4, 6, 10};
        QTest::newRow("five districts' rates") << QList<double>{6.961, 7.403, 7.783, 7.869, 8.594}
                                               << 5 << QList<double>{7.0, 7.5, 7.8, 7.9, 8.6};
        QTest::newRow("NaN ignored")
            << QList<double>{std::numeric_limits<double>::quiet_NaN(), 1, 2, 3, 4} << 2
            << QList<double>{2, 4};
    }

    void quantiles()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, classes);
        QFETCH(QList<double>, upper);
        const ClassBreaks b = ClassBreaks::compute(values, classes);
        QList<double> got;
        for (int i = 0; i < b.classCount(); ++i)
            got << b.upperBound(i);
        QCOMPARE(got, upper);
    }

    void roundedBoundsAndTheirPrecision()
    {
        // 7.403 and 7.783 need a decimal to be parted: every bound gets one.
        const ClassBreaks b = ClassBreaks::compute({6.961, 7.403, 7.783, 7.869, 8.594}, 5);
        QCOMPARE(b.decimals(), 1);
        QCOMPARE(b.minimum(), 6.9);
        QCOMPARE(b.classOf(7.403), 1); // rounding moved no value to another class
        QCOMPARE(b.classOf(7.783), 2);
        QCOMPARE(ClassBreaks::compute({1.04, 2.51, 3.77, 5.02, 9.93}, 5).decimals(), 0);
        QCOMPARE(ClassBreaks::compute({1.04, 2.51, 3.77, 5.02, 9.93}, 5).minimum(), 1.0);
        // 0.31 is 0.31000000000000005 in binary: still 0.31, not 0.32.
        QCOMPARE(ClassBreaks::compute({0.30, 0.31, 0.32, 0.33}, 2).upperBound(0), 0.31);
    }

    void everyValueFallsInAClass()
    {
        const QList<double> values{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9};
        const ClassBreaks b = ClassBreaks::compute(values, 5);
        QList<int> counts(b.classCount(), 0);
        for (double v : values) {
            const int c = b.classOf(v);
            QVERIFY(c >= 0 && c < b.classCount());
            QVERIFY(v >= b.lowerBound(c) && v <= b.upperBound(c));
            ++counts[c];
        }
        // Quantiles: no class is empty.
        for (int n : counts)
            QVERIFY(n > 0);
    }

    void equalIntervals()
    {
        const ClassBreaks b =
            ClassBreaks::compute({0, 1, 2, 100}, 4, ClassBreaks::Method::EqualInterval);
        QCOMPARE(b.classCount(), 4);
        QCOMPARE(b.upperBound(0), 25.0);
        QCOMPARE(b.classOf(30), 1);
        QCOMPARE(b.classOf(100), 3);
    }

    void noData()
    {
        const ClassBreaks b = ClassBreaks::compute({}, 5);
        QVERIFY(b.isEmpty());
        QCOMPARE(b.classOf(1), -1);
        QCOMPARE(ClassBreaks::compute({1, 2}, 5).classOf(std::numeric_limits<double>::quiet_NaN()),
                 -1);
    }
};

QTEST_GUILESS_MAIN(TestClassBreaks)
#include "tst_classbreaks.moc"
