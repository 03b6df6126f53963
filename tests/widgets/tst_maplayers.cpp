#include "MapTestScene.h"
#include "RenderFrames.h"
#include "Theme.h"
#include "analysis/HeatGrid.h"
#include "geo/WebMercator.h"
#include "map/HeatLayer.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGeoCoordinate>
#include <QMouseEvent>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

#include <cmath>

using namespace yiping;

// The map's batched layers (grid choropleth with selection and labels, symbols, clusters,
// heat) drawn in both backends: this suite runs once under OpenGL and once under Qt
// Quick's software adaptation (QPainter), and both runs compare their render with the
// same control images under tests/widgets/control/, made from the OpenGL render and
// checked by eye. So the software backend is held to the OpenGL picture.
//
// YIPING_UPDATE_CONTROL=1 rewrites the control images from the current (OpenGL) render.

using namespace yiping::maptest;

class TestMapLayers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<map::MapView> m_view;

    QImage render() { return renderFrames(m_view.get(), 3); }

    void setCamera(const QPointF &lonLat, double zoom)
    {
        m_view->setViewport(lonLat, zoom);
        QTRY_VERIFY(std::abs(m_view->viewport().zoom() - zoom) < 1e-9);
    }

    void resetLayers()
    {
        for (map::MapLayer *layer : m_view->layers()) {
            layer->setOpacity(1);
            layer->setVisible(true);
        }
        m_view->gridLayer()->setModel(nullptr);
        m_view->gridLabels()->setModel(nullptr);
        m_view->gridLayer()->setSelectedIndex(-1);
        m_view->personLayer()->setSymbols({});
        m_view->siteLayer()->setSymbols({});
        m_view->siteLayer()->setSelectedIndex(-1);
        m_view->heatLayer()->setHeat(nullptr);
    }

    // The share of pixels that differ from the control by more than `channel` in any
    // channel must stay under `share`. The software run is held to the OpenGL control with
    // more slack: QPainter antialiases edges that OpenGL draws aliased, and text is
    // rasterised differently.
    void compareWithControl(const QImage &image, const QString &name)
    {
        QVERIFY(!image.isNull());
        const QString path = QStringLiteral(YIPING_CONTROL_DIR "/") + name + QStringLiteral(".png");
        if (qgetenv("YIPING_UPDATE_CONTROL") == "1" && !softwareRun()) {
            QVERIFY(image.save(path));
            qInfo() << "wrote" << path;
            return;
        }
        const QImage control = QImage(path).convertToFormat(QImage::Format_RGB32);
        QVERIFY2(!control.isNull(), qPrintable(QStringLiteral("no control image ") + path));
        QCOMPARE(image.size(), control.size());
        const int channel = softwareRun() ? 60 : 24;
        const double share = softwareRun() ? 0.03 : 0.005;
        qsizetype differing = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(control.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                if (std::abs(qRed(a[x]) - qRed(b[x])) > channel ||
                    std::abs(qGreen(a[x]) - qGreen(b[x])) > channel ||
                    std::abs(qBlue(a[x]) - qBlue(b[x])) > channel)
                    ++differing;
        }
        const double got = double(differing) / (image.width() * image.height());
        if (got > share) {
            const QString actual =
                QDir::temp().filePath(name + (softwareRun() ? QStringLiteral("-software.png")
                                                            : QStringLiteral("-gl.png")));
            image.save(actual);
            QFAIL(qPrintable(QStringLiteral("%1: %2% of the pixels differ from the control "
                                            "(allowed %3%); this render is in %4")
                                 .arg(name)
                                 .arg(got * 100, 0, 'f', 2)
                                 .arg(share * 100)
                                 .arg(actual)));
        }
    }

    void showGrid() { maptest::showGrid(*m_view); }

private Q_SLOTS:
    void initTestCase()
    {
        m_view = std::make_unique<map::MapView>();
        m_view->resize(kViewSize);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const auto api = m_view->quickWindow()->rendererInterface()->graphicsApi();
        QCOMPARE(api == QSGRendererInterface::Software, softwareRun());
    }

    void init()
    {
        resetLayers();
        setCamera(kCentre, 12);
    }

    // A cache without regions gives the grid an empty model: the map must still render
    // (an empty model's NaN transform once stopped the OpenGL window from drawing at all).
    void anEmptyGridStillRenders()
    {
        const auto empty =
            map::PolygonRenderModel::build({}, theme::gridFill, theme::gridLine, 12, 1.0);
        m_view->gridLayer()->setModel(empty);
        m_view->gridLabels()->setModel(empty);
        QVERIFY(!render().isNull());
        showGrid();
        QVERIFY(!render().isNull());
    }

    void gridChoroplethWithSelectionAndLabels()
    {
        showGrid();
        m_view->gridLayer()->setSelectedIndex(7);
        compareWithControl(render(), QStringLiteral("grid_z12"));
    }

    void recolouringChangesTheFill()
    {
        showGrid();
        const geo::MapViewport vp = m_view->viewport();
        // A point inside cell 0 clear of its label.
        const QPointF inCell0 = gridCells().first().labelPoint + QPointF(-kCell * 0.3, kCell * 0.3);
        const QPoint p = vp.lonLatToScreen(inCell0).toPoint();
        const QRgb before = render().pixel(p);
        QList<QColor> fills(20, QColor(255, 0, 0));
        m_view->gridLayer()->setFills(fills);
        const QRgb after = render().pixel(p);
        QVERIFY2(qRed(after) > 200 && qGreen(after) < 60,
                 qPrintable(describe(before) + QStringLiteral(" -> ") + describe(after)));
    }

    void featureAtFindsTheCellUnderThePoint()
    {
        showGrid();
        render();
        const geo::MapViewport vp = m_view->viewport();
        const QList<geo::Boundary> cells = gridCells();
        for (int i : {0, 7, 19}) {
            const QPointF at = vp.lonLatToScreen(cells[i].labelPoint + QPointF(kCell * 0.3, 0));
            QCOMPARE(m_view->gridLayer()->featureAt(at), i);
        }
        // Outside the grid.
        QCOMPARE(m_view->gridLayer()->featureAt(QPointF(2, 2)), -1);
    }

    void labelsOnlyWhereTheyFit()
    {
        showGrid();
        QCOMPARE(m_view->gridLabels()->shownLabelCount(), 20);
        QImage image = render();
        const QPoint label = m_view->viewport().lonLatToScreen(gridCells()[6].labelPoint).toPoint();
        const auto lightNear = [](const QImage &img, const QPoint &at) {
            int light = 0;
            for (int y = at.y() - 6; y <= at.y() + 6; ++y)
                for (int x = at.x() - 10; x <= at.x() + 10; ++x)
                    if (img.rect().contains(x, y) && qGray(img.pixel(x, y)) > 200)
                        ++light;
            return light;
        };
        QVERIFY2(lightNear(image, label) > 8, "the label is drawn where it fits");
        // Zoomed out, a cell is a few pixels across: no label fits, none is drawn.
        setCamera(kCentre, 9);
        QCOMPARE(m_view->gridLabels()->shownLabelCount(), 0);
        image = render();
        const QPoint small = m_view->viewport().lonLatToScreen(gridCells()[6].labelPoint).toPoint();
        QCOMPARE(lightNear(image, small), 0);
        compareWithControl(image, QStringLiteral("grid_z9"));
    }

    void opacityHalvesTheContribution()
    {
        const QList<geo::Boundary> cells = gridCells();
        const QColor solid(240, 60, 20);
        m_view->gridLayer()->setModel(
            map::PolygonRenderModel::build(cells, solid, theme::gridLine, 12, 1.0));
        const QPoint p =
            m_view->viewport()
                .lonLatToScreen(cells[0].labelPoint + QPointF(-kCell * 0.3, kCell * 0.3))
                .toPoint();
        const QRgb full = render().pixel(p);
        QVERIFY2(std::abs(qRed(full) - solid.red()) < 6, qPrintable(describe(full)));
        m_view->gridLayer()->setOpacity(0.5);
        const QRgb half = render().pixel(p);
        const QColor bg = theme::background;
        const auto expect = [](int over, int under) { return (over + under) / 2; };
        QVERIFY2(std::abs(qRed(half) - expect(solid.red(), bg.red())) < 8 &&
                     std::abs(qGreen(half) - expect(solid.green(), bg.green())) < 8 &&
                     std::abs(qBlue(half) - expect(solid.blue(), bg.blue())) < 8,
                 qPrintable(describe(half)));
        // The export honours it too.
        QImage exported(kViewSize, QImage::Format_RGB32);
        {
            QPainter painter(&exported);
            m_view->render(&painter, kViewSize);
        }
        const QRgb e = exported.pixel(p);
        QVERIFY2(std::abs(qRed(e) - qRed(half)) < 8, qPrintable(describe(e)));
    }

    void symbolsOfEveryShape()
    {
        QList<map::SymbolLayer::Symbol> symbols;
        const QList<QColor> halos = {QColor(), map::riskColour(4), map::riskColour(3)};
        for (int i = 0; i < 10; ++i) {
            QColor halo = halos[i % 3];
            if (halo.isValid())
                halo.setAlphaF(0.35f);
            const QPointF lonLat =
                kCentre + QPointF(-0.045 + (i % 5) * 0.0225, i < 5 ? -0.012 : 0.012);
            symbols.append({geo::WebMercator::project(lonLat), map::riskColour(1 + i % 4),
                            quint8(i), quint8(1 + i % 4), halo, 18});
        }
        m_view->siteLayer()->setClustered(false);
        m_view->siteLayer()->setSymbols(symbols);
        m_view->siteLayer()->setSelectedIndex(3);
        compareWithControl(render(), QStringLiteral("symbols_z12"));
        m_view->siteLayer()->setClustered(true);
    }

    void indicesAtFindsTheSymbolOrTheClusterMembers()
    {
        QList<map::SymbolLayer::Symbol> symbols;
        const QPointF a = kCentre + QPointF(-0.03, 0), b = kCentre + QPointF(0.03, 0);
        symbols.append({geo::WebMercator::project(a), map::riskColour(2), 0, 2, QColor(), 12});
        symbols.append({geo::WebMercator::project(b), map::riskColour(3), 1, 3, QColor(), 12});
        // Three close together at c: a cluster when zoomed out.
        const QPointF c = kCentre + QPointF(0, 0.02);
        for (int i = 0; i < 3; ++i)
            symbols.append({geo::WebMercator::project(c + QPointF(i * 0.0004, 0)),
                            map::riskColour(1 + i), 2, quint8(1 + i), QColor(), 12});
        map::SymbolLayer *layer = m_view->personLayer();
        layer->setSymbols(symbols);
        render();
        const geo::MapViewport vp = m_view->viewport();
        QCOMPARE(layer->indicesAt(vp.lonLatToScreen(a)), QList<int>{0});
        QCOMPARE(layer->indicesAt(vp.lonLatToScreen(b) + QPointF(3, -2)), QList<int>{1});
        QCOMPARE(layer->indicesAt(vp.lonLatToScreen(kCentre + QPointF(0, -0.02))), QList<int>());
        QList<int> members = layer->indicesAt(vp.lonLatToScreen(c));
        std::sort(members.begin(), members.end());
        QCOMPARE(members, (QList<int>{2, 3, 4}));
        // At street zoom the three stand apart.
        setCamera(c, 18);
        render();
        QCOMPARE(layer->indicesAt(m_view->viewport().lonLatToScreen(c)), QList<int>{2});
    }

    void clustersAtTwoZooms_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("z10") << 10.0;
        QTest::newRow("z13") << 13.0;
    }

    void clustersAtTwoZooms()
    {
        QFETCH(double, zoom);
        const QRectF area(kCentre - QPointF(0.12, 0.08), QSizeF(0.24, 0.16));
        m_view->personLayer()->setSymbols(randomSymbols(600, area, 7));
        setCamera(kCentre, zoom);
        const QList<map::SymbolLayer::Item> items =
            m_view->personLayer()->items(m_view->viewport());
        int total = 0, clusters = 0, worst = 0;
        for (const auto &item : items) {
            total += item.count;
            clusters += item.count > 1 ? 1 : 0;
            worst = std::max(worst, item.level);
        }
        QVERIFY(clusters > 0);
        QCOMPARE(worst, 4);
        if (zoom < 11)
            QCOMPARE(total, 600); // the whole area is in view
        // A cluster carries its mix of levels (its ring), not only its worst member, and no
        // two clusters overlap: their counts stay readable.
        const geo::MapViewport vp = m_view->viewport();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const auto &a = items[i];
            if (a.count > 1) {
                QCOMPARE(std::accumulate(a.levels.cbegin(), a.levels.cend(), 0), a.count);
                QVERIFY(a.levels[size_t(a.level)] > 0);
            }
            for (qsizetype j = i + 1; j < items.size(); ++j) {
                const auto &b = items[j];
                if (a.count < 2 || b.count < 2)
                    continue;
                const QPointF d = vp.mercatorToScreen(a.mercator) - vp.mercatorToScreen(b.mercator);
                QVERIFY2(std::hypot(d.x(), d.y()) >= a.radius + b.radius,
                         qPrintable(QStringLiteral("clusters %1 and %2").arg(i).arg(j)));
            }
        }
        compareWithControl(render(), QStringLiteral("clusters_z%1").arg(int(zoom)));
    }

    void heatFollowsTheGrid()
    {
        const QRectF lonLat(kCentre - QPointF(0.08, 0.06), QSizeF(0.16, 0.12));
        const QRectF area = QRectF(geo::WebMercator::project(lonLat.topLeft()),
                                   geo::WebMercator::project(lonLat.bottomRight()))
                                .normalized();
        auto heat = std::make_shared<analysis::HeatGrid>(area, area.width() / 160, 900);
        QRandomGenerator random(3);
        const QList<QPointF> hot = {kCentre + QPointF(-0.03, -0.01),
                                    kCentre + QPointF(0.035, 0.02)};
        for (int i = 0; i < 400; ++i) {
            const QPointF at =
                hot[i % 2] + QPointF(random.bounded(0.02) - 0.01, random.bounded(0.02) - 0.01);
            heat->add(geo::WebMercator::project(at));
        }
        m_view->heatLayer()->setHeat(heat);
        const QImage image = render();
        // Hot where the events are, the plain background far from them.
        const QPoint hotPx = m_view->viewport().lonLatToScreen(hot[0]).toPoint();
        QVERIFY2(qRed(image.pixel(hotPx)) > 150, qPrintable(describe(image.pixel(hotPx))));
        const QPoint cold =
            m_view->viewport().lonLatToScreen(kCentre + QPointF(0.045, -0.035)).toPoint();
        QVERIFY2(std::abs(qRed(image.pixel(cold)) - theme::background.red()) < 6,
                 qPrintable(describe(image.pixel(cold))));
        compareWithControl(image, QStringLiteral("heat_z12"));
        // Beyond its zoom range the heat layer draws nothing.
        m_view->heatLayer()->setMaxZoom(11);
        const QImage hidden = render();
        QVERIFY2(std::abs(qRed(hidden.pixel(hotPx)) - theme::background.red()) < 6,
                 qPrintable(describe(hidden.pixel(hotPx))));
        m_view->heatLayer()->setMaxZoom(15);
    }
};

QTEST_MAIN(TestMapLayers)
#include "tst_maplayers.moc"
