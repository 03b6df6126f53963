#include "Theme.h"
#include "WidgetTestSetup.h"
#include "domain/EnumText.h"
#include "map/LayerListModel.h"
#include "map/LayerPanel.h"
#include "map/LayerSection.h"
#include "map/LegendView.h"
#include "map/MetricChooser.h"
#include "map/PersonFilterWidget.h"
#include "map/Symbols.h"
#include "profile/RiskBadge.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace yiping;
using domain::PersonCategory;
using domain::PersonStatus;
using ui::PersonFilter;

// The map's layer panel as a user works it: check boxes show and hide layers, sliders set
// their opacity, each layer shows its legend and filter; and the key-person filter.
class TestLayerPanel : public QObject
{
    Q_OBJECT

private:
    static void addMapLayers(ui::LayerPanel &panel)
    {
        panel.addLayer(QStringLiteral("grid"), QStringLiteral("网格"), true, 0.8);
        panel.addLayer(QStringLiteral("heat"), QStringLiteral("热力"), false, 0.7);
        panel.addLayer(QStringLiteral("events"), QStringLiteral("事件"), true, 1.0);
        panel.addLayer(QStringLiteral("sites"), QStringLiteral("重点场所"), true, 1.0);
        panel.addLayer(QStringLiteral("persons"), QStringLiteral("重点人员"), true, 1.0);
        panel.addLayer(QStringLiteral("alerts"), QStringLiteral("预警"), true, 1.0);
        panel.addLayer(QStringLiteral("basemap"), QStringLiteral("底图"), true, 0.6);
    }

    static QList<ui::LegendEntry> riskLegend()
    {
        QList<ui::LegendEntry> legend;
        for (int level = 4; level >= 1; --level)
            legend.append(
                {map::riskColour(level), ui::LegendEntry::Point, {}, ui::RiskBadge::text(level)});
        return legend;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(widgettest::setUpLookAndLanguage()); }

    void modelIsWellBehaved()
    {
        ui::LayerListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy visible(&model, &ui::LayerListModel::visibilityChanged);
        model.addLayer(QStringLiteral("grid"), QStringLiteral("Grid"), true, 0.5);
        model.addLayer(QStringLiteral("heat"), QStringLiteral("Heat"), false, 2.0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(ui::LayerListModel::OpacityRole).toDouble(), 1.0);
        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(visible.count(), 1);
        QCOMPARE(visible.at(0).at(0).toString(), QStringLiteral("heat"));
        QCOMPARE(visible.at(0).at(1).toBool(), true);
        // Adding a known key updates it rather than listing it twice.
        model.addLayer(QStringLiteral("grid"), QStringLiteral("Grid cells"), true, 0.5);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Grid cells"));
    }

    void checkBoxAndSliderEmit()
    {
        ui::LayerPanel panel;
        addMapLayers(panel);
        panel.resize(320, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy visible(&panel, &ui::LayerPanel::visibilityChanged);
        QSignalSpy opacity(&panel, &ui::LayerPanel::opacityChanged);

        ui::LayerSection *heat = panel.section(QStringLiteral("heat"));
        QVERIFY(heat);
        QCOMPARE(heat->visibilityBox()->text(), QStringLiteral("热力"));
        QVERIFY(!heat->visibilityBox()->isChecked());
        QVERIFY(!heat->opacitySlider()->isEnabled()); // a hidden layer's opacity waits
        QTest::mouseClick(heat->visibilityBox(), Qt::LeftButton, {},
                          QPoint(8, heat->visibilityBox()->height() / 2));
        QCOMPARE(visible.count(), 1);
        QCOMPARE(visible.at(0).at(0).toString(), QStringLiteral("heat"));
        QCOMPARE(visible.at(0).at(1).toBool(), true);
        QVERIFY(heat->opacitySlider()->isEnabled());

        ui::LayerSection *grid = panel.section(QStringLiteral("grid"));
        QSlider *slider = grid->opacitySlider();
        QCOMPARE(slider->value(), 80);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_PageDown);
        QCOMPARE(opacity.count(), 1);
        QCOMPARE(opacity.at(0).at(0).toString(), QStringLiteral("grid"));
        QCOMPARE(opacity.at(0).at(1).toDouble(), 0.7);
        auto *percent = grid->findChild<QLabel *>(QStringLiteral("layerOpacityText"));
        QCOMPARE(percent->text(), ui::LayerSection::tr("%1%").arg(70));

        // Dragging the handle to the far left makes the layer fully transparent.
        QStyleOptionSlider option;
        option.initFrom(slider);
        option.orientation = slider->orientation();
        option.minimum = slider->minimum();
        option.maximum = slider->maximum();
        option.sliderPosition = option.sliderValue = slider->value();
        const QPoint onHandle =
            slider->style()
                ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
                .center();
        QTest::mousePress(slider, Qt::LeftButton, {}, onHandle);
        QTest::mouseMove(slider, QPoint(-40, slider->height() / 2));
        QTest::mouseRelease(slider, Qt::LeftButton, {}, QPoint(-40, slider->height() / 2));
        QCOMPARE(slider->value(), 0);
        QCOMPARE(opacity.last().at(1).toDouble(), 0.0);

        // A change made elsewhere (the map page restoring settings) shows in the panel.
        panel.model()->setVisible(QStringLiteral("grid"), false);
        QVERIFY(!grid->visibilityBox()->isChecked());
        QCOMPARE(visible.last().at(0).toString(), QStringLiteral("grid"));
    }

    void sectionsShowLegendAndFilter()
    {
        ui::LayerPanel panel;
        addMapLayers(panel);
        panel.setLegend(QStringLiteral("persons"), riskLegend());
        auto *filter = new ui::PersonFilterWidget;
        panel.setFilterWidget(QStringLiteral("persons"), filter);
        auto *metric = new ui::MetricChooser;
        panel.setFilterWidget(QStringLiteral("grid"), metric);
        panel.resize(320, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        ui::LayerSection *persons = panel.section(QStringLiteral("persons"));
        QCOMPARE(persons->legend()->entries().size(), 4);
        QVERIFY(persons->legend()->isVisible());
        QVERIFY(filter->isVisible());
        // Folding the section hides its filter and legend; unfolding brings them back.
        auto *fold = persons->findChild<QToolButton *>();
        QTest::mouseClick(fold, Qt::LeftButton);
        QVERIFY(!filter->isVisible());
        QVERIFY(!persons->legend()->isVisible());
        QTest::mouseClick(fold, Qt::LeftButton);
        QVERIFY(filter->isVisible());
        // A layer with neither has nothing to fold.
        QVERIFY(!panel.section(QStringLiteral("alerts"))->findChild<QToolButton *>()->isVisible());

        // Everything fits the panel's width: the opacity percentages are not cut off.
        for (const QString &key : {QStringLiteral("grid"), QStringLiteral("persons")}) {
            const auto *percent =
                panel.section(key)->findChild<QLabel *>(QStringLiteral("layerOpacityText"));
            QVERIFY(percent->mapTo(&panel, QPoint(percent->width(), 0)).x() <= panel.width());
        }

        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty())
            panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/layerpanel.png"));
    }

    void metricChooserListsEveryMetric()
    {
        ui::MetricChooser chooser;
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QCOMPARE(chooser.count(), int(std::size(store::kRegionMetrics)));
        QStringList names;
        for (int i = 0; i < chooser.count(); ++i)
            names.append(chooser.itemText(i));
        QCOMPARE(names,
                 QStringList(
                     {QStringLiteral("Events per 1,000 residents"), QStringLiteral("Open events"),
                      QStringLiteral("Open disputes"), QStringLiteral("Key person risk"),
                      QStringLiteral("Sense of safety score"), QStringLiteral("Open alerts")}));
        QSignalSpy spy(&chooser, &ui::MetricChooser::metricChanged);
        chooser.setMetric(store::RegionMetric::OpenDisputes);
        QCOMPARE(spy.count(), 0);
        chooser.setFocus();
        QTest::keyClick(&chooser, Qt::Key_Down);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<store::RegionMetric>(), store::RegionMetric::KeyPersonRisk);
        QCOMPARE(chooser.metric(), store::RegionMetric::KeyPersonRisk);
    }

    void personFilterAccepts_data()
    {
        QTest::addColumn<PersonFilter>("filter");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("risk");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("accepted");

        const PersonFilter all = PersonFilter::all();
        const int petitioner = int(PersonCategory::Petitioner);
        const int managed = int(PersonStatus::Managed), released = int(PersonStatus::Released);
        QTest::newRow("all") << all << petitioner << 2 << managed << true;
        // With everything ticked, what the client does not know is shown too.
        QTest::newRow("all, unknown values")
            << all << int(PersonCategory::Unknown) << 0 << int(PersonStatus::Unknown) << true;

        PersonFilter noPetitioners = all;
        noPetitioners.categories.remove(PersonCategory::Petitioner);
        QTest::newRow("category unticked") << noPetitioners << petitioner << 2 << managed << false;
        QTest::newRow("another category")
            << noPetitioners << int(PersonCategory::DrugUser) << 2 << managed << true;
        QTest::newRow("unknown category once filtering")
            << noPetitioners << int(PersonCategory::Unknown) << 2 << managed << false;

        PersonFilter highRisk = all;
        highRisk.risks = {3, 4};
        QTest::newRow("risk 4 of 3–4") << highRisk << petitioner << 4 << managed << true;
        QTest::newRow("risk 2 of 3–4") << highRisk << petitioner << 2 << managed << false;
        QTest::newRow("risk 0 of 3–4") << highRisk << petitioner << 0 << managed << false;

        PersonFilter managedOnly = all;
        managedOnly.statuses = {PersonStatus::Managed};
        QTest::newRow("released, managed only")
            << managedOnly << petitioner << 2 << released << false;
        QTest::newRow("managed, managed only") << managedOnly << petitioner << 2 << managed << true;

        PersonFilter none = all;
        none.risks.clear();
        QTest::newRow("no risk ticked") << none << petitioner << 2 << managed << false;
    }

    void personFilterAccepts()
    {
        QFETCH(PersonFilter, filter);
        QFETCH(int, category);
        QFETCH(int, risk);
        QFETCH(int, status);
        QFETCH(bool, accepted);
        QCOMPARE(filter.accepts(PersonCategory(category), risk, PersonStatus(status)), accepted);
    }

    void personFilterWidgetEmits()
    {
        ui::PersonFilterWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(widget.filter().acceptsAll());
        QSignalSpy spy(&widget, &ui::PersonFilterWidget::filterChanged);

        // Risk level boxes carry the word and numeral, not only the colour.
        QCOMPARE(widget.riskBox(4)->text(), QStringLiteral("Ⅰ · Critical"));
        QCOMPARE(widget.riskBox(1)->text(), QStringLiteral("Ⅳ · Low"));
        QTest::mouseClick(widget.riskBox(1), Qt::LeftButton, {},
                          QPoint(8, widget.riskBox(1)->height() / 2));
        QCOMPARE(spy.count(), 1);
        PersonFilter f = spy.last().at(0).value<PersonFilter>();
        QCOMPARE(f.risks, (QSet<int>{2, 3, 4}));
        QVERIFY(!f.accepts(PersonCategory::Petitioner, 1, PersonStatus::Managed));

        // A category unticked from the keyboard.
        QListWidget *list = widget.categoryList();
        QCOMPARE(list->item(4)->text(), domain::EnumText::of(PersonCategory::Petitioner));
        list->setFocus();
        list->setCurrentRow(4);
        QTest::keyClick(list->viewport(), Qt::Key_Space);
        QTRY_COMPARE(spy.count(), 2);
        f = spy.last().at(0).value<PersonFilter>();
        QVERIFY(!f.categories.contains(PersonCategory::Petitioner));
        QVERIFY(!f.accepts(PersonCategory::Petitioner, 3, PersonStatus::Managed));
        QVERIFY(f.accepts(PersonCategory::DrugUser, 3, PersonStatus::Managed));

        QTest::mouseClick(widget.statusBox(PersonStatus::Released), Qt::LeftButton, {},
                          QPoint(8, widget.statusBox(PersonStatus::Released)->height() / 2));
        QCOMPARE(spy.count(), 3);
        QVERIFY(!spy.last().at(0).value<PersonFilter>().accepts(PersonCategory::DrugUser, 3,
                                                                PersonStatus::Released));

        // Restoring a saved filter does not count as a user change.
        widget.setFilter(PersonFilter::all());
        QCOMPARE(spy.count(), 3);
        QVERIFY(widget.filter().acceptsAll());
    }
};

QTEST_MAIN(TestLayerPanel)
#include "tst_layerpanel.moc"
