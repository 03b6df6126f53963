// The map page as a user drives it, with QTest mouse events on the real map over a real
// cache (a generated `small` city imported through the store): double-click drills down,
// the breadcrumb goes back up, a click selects the object under the pointer and opens
// its profile, the profile masks identifiers for a viewer without clearance. The page is
// a client of the workspace context: what it picks is written there, and what another
// page writes there (a selection, Back/Forward, a region, a time window) it shows.
#include "Breadcrumb.h"
#include "MapPage.h"
#include "TimeWindowBar.h"
#include "map/HeatLayer.h"
#include "map/LayerListModel.h"
#include "map/LayerPanel.h"
#include "map/MapView.h"
#include "map/PersonFilterWidget.h"
#include "map/PointLayer.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"
#include "profile/ProfilePanel.h"
#include "profile/ProfileText.h"
#include "store/DatasetImport.h"
#include "store/Sqlite.h"
#include "store/Store.h"
#include "workspace/FilterKeys.h"
#include "workspace/TimeWindowModel.h"
#include "workspace/WorkspaceContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMouseEvent>
#include <QProcess>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace yiping;

class TestMapPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cache;
    std::unique_ptr<workspace::WorkspaceContext> m_context;
    std::unique_ptr<ui::MapPage> m_page;

    bool settle(int timeoutMs = 20000)
    {
        // Wait for the cache reads, then for a couple of frames of the result.
        if (!QTest::qWaitFor([&] { return !m_page->isBusy(); }, timeoutMs))
            return false;
        int frames = 0;
        auto c = connect(
            m_page->mapView()->quickWindow(), &QQuickWindow::afterRendering, this,
            [&frames] { ++frames; }, Qt::DirectConnection);
        const bool ok = QTest::qWaitFor(
            [&] {
                m_page->mapView()->quickWindow()->update();
                return frames >= 2;
            },
            10000);
        disconnect(c);
        return ok && !m_page->isBusy();
    }

    // The screen point of a region's label, which lies inside it.
    QPoint insideRegion(int index)
    {
        const auto model = m_page->mapView()->gridLayer()->model();
        const geo::MapViewport vp = m_page->mapView()->viewport();
        return vp.mercatorToScreen(model->features[index].labelMercator).toPoint();
    }

    QString scalar(const char *sql)
    {
        store::Database db = store::Database::open(m_cache, true);
        store::Statement st(db, sql);
        return st.step() ? st.columnText(0) : QString();
    }

    // Only the grid under the pointer: persons, sites and events are tested on their own.
    void gridOnly()
    {
        auto *view = m_page->mapView();
        view->personLayer()->setVisible(false);
        view->siteLayer()->setVisible(false);
        view->eventLayer()->setVisible(false);
    }

    // Two clicks close in time, with explicit timestamps: QTest spaces its own clicks a
    // double-click interval apart, so Qt Quick would never see them as a double tap.
    void doubleClick(QWidget *widget, const QPoint &at)
    {
        for (int i = 0; i < 2; ++i) {
            for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
                QMouseEvent event(type, at, widget->mapToGlobal(at), Qt::LeftButton,
                                  type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton,
                                  Qt::NoModifier);
                event.setTimestamp(m_time += 20);
                QApplication::sendEvent(widget, &event);
            }
        }
        m_time += 5000;
    }
    ulong m_time = 1000000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString dataset = m_dir.filePath(QStringLiteral("small.ndjson"));
        QProcess gen;
        gen.start(QStringLiteral(YIPING_SERVER_BIN),
                  {QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("small"),
                   QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--out"),
                   dataset});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        auto opened = store::Store::open(m_cache);
        QVERIFY2(opened.store, qPrintable(opened.error));
        const auto result = store::DatasetImport::run(*opened.store, dataset);
        QVERIFY2(result.ok, qPrintable(result.error));
    }

    void init()
    {
        m_context = std::make_unique<workspace::WorkspaceContext>();
        m_page = std::make_unique<ui::MapPage>(m_context.get(), QStringLiteral("莆田市"),
                                               QList<geo::Boundary>{});
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setCachePath(m_cache);
        QVERIFY(settle());
        QCOMPARE(m_page->level(), 2);
        QVERIFY(!m_page->grid().regions.isEmpty());
    }

    void cleanup()
    {
        m_page.reset();
        m_context.reset();
    }

    void opensOnTheDistricts()
    {
        const QString districts = scalar("SELECT count(*) FROM regions WHERE level = 2");
        QCOMPARE(QString::number(m_page->grid().regions.size()), districts);
        QCOMPARE(m_page->breadcrumb()->path().size(), 1);
        QCOMPARE(m_page->breadcrumb()->path().first().second, QStringLiteral("莆田市"));
        // The choropleth coloured the districts: not every fill is the plain grid fill.
        const auto model = m_page->mapView()->gridLayer()->model();
        QVERIFY(model);
        QCOMPARE(model->features.size(), m_page->grid().regions.size());
    }

    void doubleClickDrillsDownAndBreadcrumbGoesUp()
    {
        auto *view = m_page->mapView();
        gridOnly();
        const QString district = m_page->grid().regions.first().id;
        doubleClick(view, insideRegion(0));
        QVERIFY(QTest::qWaitFor([&] { return m_page->level() == 3; }, 10000));
        QVERIFY(settle());
        QCOMPARE(m_page->parentId(), district);
        for (const store::RegionShape &town : m_page->grid().regions)
            QCOMPARE(town.parentId, district);
        QCOMPARE(m_page->breadcrumb()->path().size(), 2);
        QCOMPARE(m_page->breadcrumb()->path().last().first, district);
        QCOMPARE(m_context->region(), (workspace::RegionScope{2, district}));

        // Down once more, to the grid cells of the first town.
        const QString town = m_page->grid().regions.first().id;
        doubleClick(view, insideRegion(0));
        QVERIFY(QTest::qWaitFor([&] { return m_page->level() == 4; }, 10000));
        QVERIFY(settle());
        QCOMPARE(m_page->parentId(), town);
        QCOMPARE(m_page->breadcrumb()->path().size(), 3);

        // The breadcrumb's first item is the city: back to the districts.
        widgets::Breadcrumb *crumb = m_page->breadcrumb();
        QTest::mouseClick(crumb, Qt::LeftButton, {}, crumb->itemRect(0).center());
        QVERIFY(QTest::qWaitFor([&] { return m_page->level() == 2; }, 10000));
        QVERIFY(m_page->parentId().isEmpty());
        QCOMPARE(crumb->path().size(), 1);
        QVERIFY(m_context->region().isCity());
    }

    void theRegionWrittenElsewhereIsShown()
    {
        const QString district = m_page->grid().regions.last().id;
        m_context->setRegion({2, district});
        QVERIFY(QTest::qWaitFor([&] { return m_page->level() == 3; }, 10000));
        QVERIFY(settle());
        QCOMPARE(m_page->parentId(), district);
        QCOMPARE(m_page->breadcrumb()->path().last().first, district);
        m_context->setRegion({});
        QVERIFY(QTest::qWaitFor([&] { return m_page->level() == 2; }, 10000));
        QVERIFY(m_page->parentId().isEmpty());
    }

    void clickSelectsTheRegionAndOpensItsProfile()
    {
        auto *view = m_page->mapView();
        gridOnly();
        const int index = int(m_page->grid().regions.size()) - 1;
        QTest::mouseClick(view, Qt::LeftButton, {}, insideRegion(index));
        ui::ProfilePanel *panel = m_page->profilePanel();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return panel->isVisible() &&
                       panel->profile().id == m_page->grid().regions[index].id;
            },
            10000));
        QCOMPARE(panel->profile().type, domain::RefType::Region);
        QCOMPARE(view->gridLayer()->selectedIndex(), index);
        QCOMPARE(m_context->primary(),
                 (workspace::ItemRef{domain::RefType::Region, m_page->grid().regions[index].id}));
        // Closing the profile clears the selection for every page.
        Q_EMIT panel->closed();
        QVERIFY(m_context->selection().isEmpty());
        QVERIFY(!panel->isVisible());
        QCOMPARE(view->gridLayer()->selectedIndex(), -1);
    }

    void backAndForwardReopenTheProfiles()
    {
        auto *view = m_page->mapView();
        gridOnly();
        ui::ProfilePanel *panel = m_page->profilePanel();
        const auto openedBy = [&](int index) {
            return QTest::qWaitFor(
                [&] {
                    return panel->isVisible() &&
                           panel->profile().id == m_page->grid().regions[index].id &&
                           view->gridLayer()->selectedIndex() == index;
                },
                10000);
        };
        QTest::mouseClick(view, Qt::LeftButton, {}, insideRegion(0));
        QVERIFY(openedBy(0));
        QTest::mouseClick(view, Qt::LeftButton, {}, insideRegion(1));
        QVERIFY(openedBy(1));
        QVERIFY(m_context->canGoBack());
        m_context->goBack();
        QVERIFY(openedBy(0));
        m_context->goForward();
        QVERIFY(openedBy(1));
    }

    void ctrlClickSelectsSeveralAndTheMapRingsThemAll()
    {
        // As in a file manager: Ctrl+click adds (and makes primary) or takes out.
        auto *view = m_page->mapView();
        gridOnly();
        const auto region = [&](int i) {
            return workspace::ItemRef{domain::RefType::Region, m_page->grid().regions[i].id};
        };
        QTest::mouseClick(view, Qt::LeftButton, {}, insideRegion(0));
        QTRY_COMPARE(m_context->primary(), region(0));
        QTest::mouseClick(view, Qt::LeftButton, Qt::ControlModifier, insideRegion(1));
        QTRY_COMPARE(m_context->selection().items(),
                     (QList<workspace::ItemRef>{region(0), region(1)}));
        QCOMPARE(m_context->primary(), region(1));
        QCOMPARE(view->gridLayer()->selectedIndices(), (QList<qsizetype>{0, 1}));
        QTRY_COMPARE(m_page->profilePanel()->profile().id, region(1).id);
        // Another page selects a site too: both kinds are ringed at once.
        const QString site =
            scalar("SELECT id FROM sites WHERE lon IS NOT NULL ORDER BY id LIMIT 1");
        m_context->setSelection(m_context->selection().toggled({domain::RefType::Site, site}));
        QCOMPARE(view->gridLayer()->selectedIndices(), (QList<qsizetype>{0, 1}));
        QCOMPARE(view->siteLayer()->selectedIndices().size(), 1);
        // Ctrl+click on a selected region takes it out; Ctrl+click on nothing keeps the rest.
        QTest::mouseClick(view, Qt::LeftButton, Qt::ControlModifier, insideRegion(1));
        QTRY_COMPARE(view->gridLayer()->selectedIndices(), QList<qsizetype>{0});
        QCOMPARE(m_context->selection().items().size(), 2);
        QTest::mouseClick(view, Qt::LeftButton, Qt::ControlModifier, QPoint(2, 2));
        QTest::qWait(100);
        QCOMPARE(m_context->selection().items().size(), 2);
        // A plain click selects just the one.
        QTest::mouseClick(view, Qt::LeftButton, {}, insideRegion(1));
        QTRY_COMPARE(m_context->selection().items(), QList<workspace::ItemRef>{region(1)});
        QCOMPARE(view->siteLayer()->selectedIndices().size(), 0);
    }

    void thePersonFilterIsTheWorkspaces()
    {
        // Counted in SQL, not by the page: the persons on the map, and those of risk 4.
        auto *view = m_page->mapView();
        const qsizetype all =
            scalar("SELECT count(*) FROM persons WHERE lon IS NOT NULL").toLongLong();
        const qsizetype risk4 =
            scalar("SELECT count(*) FROM persons WHERE lon IS NOT NULL AND risk_level = 4")
                .toLongLong();
        QVERIFY(risk4 > 0 && risk4 < all);
        QCOMPARE(view->personLayer()->symbolCount(), all);
        // Another page (a dashboard) filters: the map follows, and so does its filter widget.
        m_context->setFilter(workspace::filterkey::personRisk, {QStringLiteral("4")});
        QTRY_COMPARE(view->personLayer()->symbolCount(), risk4);
        auto *widget = m_page->findChild<ui::PersonFilterWidget *>();
        QVERIFY(widget);
        QVERIFY(!widget->riskBox(1)->isChecked());
        QVERIFY(widget->riskBox(4)->isChecked());
        // The widget writes the workspace: risk 3 ticked as well.
        widget->riskBox(3)->click();
        QCOMPARE(m_context->filter(workspace::filterkey::personRisk),
                 (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
        // Everything ticked is no filter at all.
        widget->riskBox(1)->click();
        widget->riskBox(2)->click();
        QVERIFY(!m_context->hasFilter(workspace::filterkey::personRisk));
        QTRY_COMPARE(view->personLayer()->symbolCount(), all);
        // Nothing ticked keeps nothing.
        m_context->setFilter(workspace::filterkey::personCategory, {});
        QTRY_COMPARE(view->personLayer()->symbolCount(), 0);
        m_context->clearFilter(workspace::filterkey::personCategory);
        QTRY_COMPARE(view->personLayer()->symbolCount(), all);
    }

    void hoverIsSharedBothWays()
    {
        auto *view = m_page->mapView();
        gridOnly();
        // The pointer resting on a region makes it the workspace's hover.
        QTest::mouseMove(view, insideRegion(0));
        QTRY_COMPARE(m_context->hovered(),
                     (workspace::ItemRef{domain::RefType::Region, m_page->grid().regions[0].id}));
        // A person hovered elsewhere (a list, the graph) is marked where the map has it.
        const QString person =
            scalar("SELECT id FROM persons WHERE lon IS NOT NULL ORDER BY id LIMIT 1");
        m_context->setHovered({domain::RefType::Person, person});
        QCOMPARE(view->hoverLayer()->symbolCount(), 1);
        m_context->setHovered({});
        QCOMPARE(view->hoverLayer()->symbolCount(), 0);
    }

    void theMapOpensOnLayersThatReadTogether()
    {
        // 综合态势: the grid's metric and the alerts (events from street zoom); the heat,
        // which would hide the choropleth, and the persons and sites one choice away.
        auto *view = m_page->mapView();
        QComboBox *presets = m_page->layerPanel()->presetBox();
        QCOMPARE(presets->currentIndex(), 0);
        QVERIFY(view->gridLayer()->isVisible());
        QVERIFY(view->alertLayer()->isVisible());
        QVERIFY(!view->heatLayer()->isVisible());
        QVERIFY(!view->personLayer()->isVisible());
        QVERIFY(!view->siteLayer()->isVisible());
        // 事件: the heat and the events, without the choropleth under them.
        m_page->layerPanel()->choosePreset(2);
        QVERIFY(view->heatLayer()->isVisible());
        QVERIFY(!view->gridLayer()->isVisible());
        QCOMPARE(presets->currentIndex(), 2);
        // A layer switched by hand: the list says 自定义 (the last entry).
        m_page->layerPanel()->model()->setVisible(QStringLiteral("persons"), true);
        QVERIFY(view->personLayer()->isVisible());
        QCOMPARE(presets->currentIndex(), presets->count() - 1);
    }

    void theMapFollowsASelectionWrittenElsewhere()
    {
        // Another page (a search, the graph, an alert) selects a person: its profile opens
        // beside the map and the person is highlighted, then a site takes its place.
        auto *view = m_page->mapView();
        const QString person =
            scalar("SELECT id FROM persons WHERE lon IS NOT NULL ORDER BY id LIMIT 1");
        ui::ProfilePanel *panel = m_page->profilePanel();
        m_context->select({domain::RefType::Person, person});
        QVERIFY(QTest::qWaitFor([&] { return panel->isVisible() && panel->profile().id == person; },
                                10000));
        QCOMPARE(panel->profile().type, domain::RefType::Person);
        QVERIFY(view->personLayer()->selectedIndex() >= 0);

        const QString site =
            scalar("SELECT id FROM sites WHERE lon IS NOT NULL ORDER BY id LIMIT 1");
        m_context->select({domain::RefType::Site, site});
        QVERIFY(QTest::qWaitFor([&] { return panel->profile().id == site; }, 10000));
        QCOMPARE(view->personLayer()->selectedIndex(), -1);
        QVERIFY(view->siteLayer()->selectedIndex() >= 0);

        m_context->clearSelection();
        QVERIFY(!panel->isVisible());
        QCOMPARE(view->siteLayer()->selectedIndex(), -1);
    }

    void clickOnAPersonOpensTheMaskedProfile()
    {
        // A person standing alone at street zoom (clusters break up beyond zoom 17).
        auto *view = m_page->mapView();
        const QString id =
            scalar("SELECT id FROM persons WHERE lon IS NOT NULL ORDER BY id LIMIT 1");
        store::Database db = store::Database::open(m_cache, true);
        store::Statement st(db, "SELECT lon, lat, id_number FROM persons WHERE id = ?");
        const QByteArray idUtf8 = id.toUtf8();
        st.bind(1, idUtf8);
        QVERIFY(st.step());
        const QPointF lonLat(st.columnDouble(0), st.columnDouble(1));
        const QString idNumber = st.columnText(2);
        // The key persons' preset (the grid, persons and alerts): the sites nearby, hidden,
        // do not take the click.
        m_page->layerPanel()->choosePreset(1);
        QVERIFY(view->personLayer()->isVisible());
        QVERIFY(!view->siteLayer()->isVisible());
        view->setViewport(lonLat, 18.5);
        QVERIFY(settle());
        const QPoint at = view->viewport().lonLatToScreen(lonLat).toPoint();
        QTest::mouseClick(view, Qt::LeftButton, {}, at);
        ui::ProfilePanel *panel = m_page->profilePanel();
        QVERIFY(QTest::qWaitFor([&] { return panel->profile().id == id; }, 10000));
        QCOMPARE(panel->profile().type, domain::RefType::Person);
        QVERIFY(view->personLayer()->selectedIndex() >= 0);
        QCOMPARE(m_context->primary(), (workspace::ItemRef{domain::RefType::Person, id}));
        // Public clearance (nobody signed in): the ID number is shown masked.
        QVERIFY(panel->profile().masked);
        bool sawMasked = false;
        for (const store::ProfileField &f : panel->profile().fields) {
            const QString shown = ui::ProfileText::value(f.value);
            QVERIFY2(!shown.contains(idNumber), qPrintable(shown));
            sawMasked = sawMasked || shown.contains(QStringLiteral("********"));
        }
        QVERIFY(sawMasked);
        if (const QString dir = qEnvironmentVariable("YIPING_SHOTS"); !dir.isEmpty()) {
            QTest::qWait(300);
            m_page->grab().save(dir + QStringLiteral("/mappage-person.png"));
        }
        // With clearance the same profile shows the full number.
        m_page->setViewerClearance(security::Clearance::Restricted);
        QVERIFY(QTest::qWaitFor([&] { return !panel->profile().masked; }, 10000));
        bool sawFull = false;
        for (const store::ProfileField &f : panel->profile().fields)
            sawFull = sawFull || ui::ProfileText::value(f.value) == idNumber;
        QVERIFY(sawFull);
    }

    void timeWindowChangesTheEventsShown()
    {
        // The context's time window, whoever sets it: the map's bar shows it too.
        workspace::TimeWindowModel *time = m_context->time();
        QCOMPARE(m_page->timeBar()->model(), time);
        time->choosePreset(workspace::TimeWindowModel::Preset::Last24Hours);
        QVERIFY(settle());
        const qsizetype day = m_page->mapView()->eventLayer()->symbolCount();
        time->choosePreset(workspace::TimeWindowModel::Preset::Last12Months);
        QVERIFY(settle());
        const qsizetype year = m_page->mapView()->eventLayer()->symbolCount();
        QVERIFY2(year > day, qPrintable(QStringLiteral("%1 vs %2").arg(year).arg(day)));
        const QString all = scalar("SELECT count(*) FROM events WHERE lon IS NOT NULL");
        QVERIFY(year <= all.toLongLong());
        QVERIFY(year > all.toLongLong() / 2);
    }
};

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
