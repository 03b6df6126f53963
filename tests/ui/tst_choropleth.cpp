// The grid's choropleth for known data: quantile classes, the ramp from dark to bright,
// regions without data kept apart, and a legend that names the classes and the method.
#include "Theme.h"
#include "map/LegendEntry.h"
#include "mapdata/Choropleth.h"

#include <QTest>

#include <cmath>

using namespace yiping;

class TestChoropleth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantileClassesForKnownData()
    {
        // Ten regions with 1..10 events per 1,000 residents: five classes of two each.
        QStringList ids;
        QHash<QString, double> values;
        for (int i = 1; i <= 10; ++i) {
            ids << QStringLiteral("r%1").arg(i);
            values.insert(ids.last(), i);
        }
        const ui::Choropleth c = ui::Choropleth::build(ids, values);
        QCOMPARE(c.breaks().classCount(), 5);
        QCOMPARE(c.fills().size(), 10);
        for (int i = 0; i < 10; i += 2) {
            QCOMPARE(c.fills()[i], c.fills()[i + 1]);
            QCOMPARE(c.breaks().classOf(values[ids[i]]), i / 2);
        }
        // Lightness rises with the value: low is close to the dark canvas, high is bright.
        for (int i = 2; i < 10; i += 2)
            QVERIFY(c.fills()[i].lightness() > c.fills()[i - 2].lightness());
        QVERIFY(c.fills().first().lightness() - theme::background.lightness() < 40);
    }

    void regionsWithoutDataAreNotTheLowestClass()
    {
        const QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d")};
        const QHash<QString, double> values{{QStringLiteral("a"), 1.0},
                                            {QStringLiteral("b"), 2.0},
                                            {QStringLiteral("c"), std::nan("")}};
        const ui::Choropleth c = ui::Choropleth::build(ids, values);
        QCOMPARE(c.fills()[2], theme::gridFill); // NaN
        QCOMPARE(c.fills()[3], theme::gridFill); // absent
        QVERIFY(c.fills()[0] != theme::gridFill);
        const QList<ui::LegendEntry> legend = c.legend(QStringLiteral("M"), QStringLiteral("W"));
        QStringList texts;
        for (const ui::LegendEntry &e : legend)
            texts << e.text;
        QVERIFY2(texts.contains(QStringLiteral("No data")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.first().contains(QStringLiteral("M")), qPrintable(texts.first()));
        QVERIFY2(texts.last().contains(QStringLiteral("quantiles")), qPrintable(texts.last()));
    }

    void legendTellsCloseRatesApart()
    {
        QStringList ids;
        QHash<QString, double> values;
        for (int i = 0; i < 10; ++i) {
            ids << QStringLiteral("r%1").arg(i);
            values.insert(ids.last(), 0.30 + 0.01 * i);
        }
        const QList<ui::LegendEntry> legend =
            ui::Choropleth::build(ids, values).legend(QStringLiteral("M"), QStringLiteral("W"));
        QSet<QString> ranges;
        for (const ui::LegendEntry &e : legend)
            if (e.colour.isValid() && e.colour != theme::gridFill)
                ranges.insert(e.text);
        QCOMPARE(ranges.size(), 5); // no two classes read "0.3 – 0.3"
    }

    void breaksAreRoundedForAReader()
    {
        // Five districts over five classes (the rates the demo city showed): by hand, the
        // roundest breaks that part the same districts, all at one decimal.
        QStringList ids;
        QHash<QString, double> values;
        const double rates[] = {6.961, 7.403, 7.783, 7.869, 8.594};
        for (int i = 0; i < 5; ++i) {
            ids << QStringLiteral("d%1").arg(i);
            values.insert(ids.last(), rates[i]);
        }
        const ui::Choropleth c = ui::Choropleth::build(ids, values);
        QStringList texts;
        for (const ui::LegendEntry &e : c.legend(QStringLiteral("M"), QStringLiteral("W")))
            if (e.colour.isValid() && e.colour != theme::gridFill)
                texts << e.text;
        QCOMPARE(texts, (QStringList{QStringLiteral("6.9 – 7.0"), QStringLiteral("7.0 – 7.5"),
                                     QStringLiteral("7.5 – 7.8"), QStringLiteral("7.8 – 7.9"),
                                     QStringLiteral("7.9 – 8.6")}));
        // Every district has a colour of its own, the highest the brightest.
        QSet<QRgb> colours;
        for (const QColor &fill : c.fills())
            colours.insert(fill.rgba());
        QCOMPARE(colours.size(), 5);
    }

    void theTitleAndTheWindowHaveLinesOfTheirOwn()
    {
        const QHash<QString, double> values{{QStringLiteral("a"), 1.0}, {QStringLiteral("b"), 2.0}};
        const QList<ui::LegendEntry> legend =
            ui::Choropleth::build({QStringLiteral("a"), QStringLiteral("b")}, values)
                .legend(QStringLiteral("每千人事件数（起/千人）"),
                        QStringLiteral("2026/10/27 – 2026/11/26"));
        QCOMPARE(legend.at(0).text, QStringLiteral("每千人事件数（起/千人）"));
        QCOMPARE(legend.at(1).text, QStringLiteral("2026/10/27 – 2026/11/26"));
    }

    void neighbouringClassesAreApartAndTheTopStaysDark()
    {
        // HSL lightness (0–255) of the five classes: steps of at least 25 (the old steel-blue
        // ramp's lowest step was 22), and the top class no pale fill (the old one was 185).
        for (int i = 1; i < 5; ++i)
            QVERIFY2(ui::Choropleth::classColour(i, 5).lightness() -
                             ui::Choropleth::classColour(i - 1, 5).lightness() >=
                         25,
                     qPrintable(QString::number(i)));
        QVERIFY(ui::Choropleth::classColour(4, 5).lightness() <= 180);
    }

    void whereHighIsGoodTheLowestIsBrightest()
    {
        QStringList ids;
        QHash<QString, double> values;
        for (int i = 1; i <= 10; ++i) {
            ids << QStringLiteral("r%1").arg(i);
            values.insert(ids.last(), 80 + i);
        }
        const ui::Choropleth c =
            ui::Choropleth::build(ids, values, ui::Choropleth::Sense::HighIsGood);
        QVERIFY(c.fills().first().lightness() > c.fills().last().lightness());
        QCOMPARE(c.fills().first(), ui::Choropleth::classColour(4, 5));
        const QList<ui::LegendEntry> legend = c.legend(QStringLiteral("M"), QStringLiteral("W"));
        QCOMPARE(legend.last().text, QStringLiteral("High is good: the lower, the brighter"));
        QCOMPARE(legend.at(2).colour, ui::Choropleth::classColour(4, 5)); // 81 – 82, bright
    }
};

QTEST_MAIN(TestChoropleth)
#include "tst_choropleth.moc"
