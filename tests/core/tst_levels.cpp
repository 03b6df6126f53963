// The national four levels: one name and one colour per level, for risk and alert levels
// alike (the contract's risk 4 and an alert's red are both Ⅰ).
#include "domain/EnumText.h"
#include "domain/Levels.h"

#include <QTest>

using namespace yiping::domain;

class TestLevels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("numeral");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QColor>("colour");
        QTest::newRow("4") << 4 << QStringLiteral("Ⅰ") << QStringLiteral("Ⅰ · Critical")
                           << QColor(0xE5, 0x39, 0x35);
        QTest::newRow("3") << 3 << QStringLiteral("Ⅱ") << QStringLiteral("Ⅱ · High")
                           << QColor(0xFB, 0x8C, 0x00);
        QTest::newRow("2") << 2 << QStringLiteral("Ⅲ") << QStringLiteral("Ⅲ · Medium")
                           << QColor(0xFD, 0xD8, 0x35);
        QTest::newRow("1") << 1 << QStringLiteral("Ⅳ") << QStringLiteral("Ⅳ · Low")
                           << QColor(0x00, 0x8C, 0xFF);
        // Out of the contract's range: no numeral, no colour, the number as read.
        QTest::newRow("0") << 0 << QString() << QStringLiteral("0") << QColor();
        QTest::newRow("7") << 7 << QString() << QStringLiteral("7") << QColor();
    }
    void names()
    {
        QFETCH(int, level);
        QFETCH(QString, numeral);
        QFETCH(QString, name);
        QFETCH(QColor, colour);
        QCOMPARE(Levels::numeral(level), numeral);
        QCOMPARE(Levels::name(level), name);
        QCOMPARE(Levels::colour(level), colour);
        QCOMPARE(Levels::isKnown(level), !numeral.isEmpty());
    }

    void alertLevelsAreTheSameLevels()
    {
        QCOMPARE(Levels::of(AlertLevel::Red), 4);
        QCOMPARE(Levels::of(AlertLevel::Orange), 3);
        QCOMPARE(Levels::of(AlertLevel::Yellow), 2);
        QCOMPARE(Levels::of(AlertLevel::Blue), 1);
        QCOMPARE(Levels::of(EnumValue<AlertLevel>::parse(QStringLiteral("purple"))), 0);
        // An alert's level reads as a risk level does; an unknown one as the data has it.
        QCOMPARE(EnumText::of(EnumValue<AlertLevel>::parse(QStringLiteral("red"))),
                 QStringLiteral("Ⅰ · Critical"));
        QCOMPARE(EnumText::of(EnumValue<AlertLevel>::parse(QStringLiteral("blue"))),
                 QStringLiteral("Ⅳ · Low"));
        QCOMPARE(EnumText::of(EnumValue<AlertLevel>::parse(QStringLiteral("purple"))),
                 QStringLiteral("purple"));
    }
};

QTEST_GUILESS_MAIN(TestLevels)
#include "tst_levels.moc"
