#include "MapTestScene.h"
#include "RenderFrames.h"
#include "Theme.h"
#include "geo/WebMercator.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineF>
#include <QMouseEvent>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace yiping;
using namespace yiping::maptest;

// The map widget as a whole: clicks and double-clicks, camera moves, a tile folder as the
// basemap, the exports, and a city-sized grid model.
class TestMapView : public QObject
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

    void showGrid() { maptest::showGrid(*m_view); }

private Q_SLOTS:
    void initTestCase()
    {
        m_view = std::make_unique<map::MapView>();
        m_view->resize(kViewSize);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void init()
    {
        m_view->gridLayer()->setModel(nullptr);
        m_view->gridLabels()->setModel(nullptr);
        m_view->personLayer()->setSymbols({});
        setCamera(kCentre, 12);
    }

    void doubleClickDrillsDownWithoutZooming()
    {
        showGrid();
        render();
        QSignalSpy clicks(m_view.get(), &map::MapView::clicked);
        QSignalSpy doubles(m_view.get(), &map::MapView::doubleClicked);
        const QPoint at(100, 80);
        // Mouse events with explicit timestamps: QTest spaces its own clicks a double-click
        // interval apart, so Qt Quick never sees two of them as a double tap.
        ulong time = 1000000;
        const auto click = [&](Qt::KeyboardModifiers modifiers) {
            for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
                QMouseEvent event(type, at, m_view->mapToGlobal(at), Qt::LeftButton,
                                  type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton,
                                  modifiers);
                event.setTimestamp(time += 20);
                QApplication::sendEvent(m_view.get(), &event);
            }
        };
        click(Qt::ControlModifier);
        QTRY_COMPARE(clicks.size(), 1);
        QCOMPARE(clicks.first().at(0).toPointF(), QPointF(at));
        QCOMPARE(clicks.first().at(2).value<Qt::KeyboardModifiers>(), Qt::ControlModifier);
        const QPointF lonLat = clicks.first().at(1).toPointF();
        QVERIFY(QLineF(lonLat, m_view->viewport().screenToLonLat(at)).length() < 1e-9);
        QCOMPARE(doubles.size(), 0);
        time += 5000; // well apart from the next

        m_view->setDoubleClickZooms(false);
        const double zoom = m_view->viewport().zoom();
        click({});
        click({});
        QTRY_COMPARE(doubles.size(), 1);
        QTest::qWait(100);
        QCOMPARE(m_view->viewport().zoom(), zoom);
        time += 5000;

        m_view->setDoubleClickZooms(true);
        click({});
        click({});
        QTRY_COMPARE(doubles.size(), 2);
        QTRY_VERIFY(m_view->viewport().zoom() > zoom + 0.5);
    }

    void flyToAndFitTo()
    {
        const QPointF target = kCentre + QPointF(0.05, 0.03);
        m_view->flyTo(target, 13);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(m_view->viewport().zoom() - 13) < 1e-6 &&
                                     QLineF(m_view->viewport().centerLonLat(), target).length() <
                                         1e-6,
                                 3000);
        const QRectF bounds(kCentre - QPointF(0.3, 0.2), QSizeF(0.6, 0.4));
        m_view->fitTo(bounds);
        QTRY_VERIFY(m_view->viewport().zoom() < 10);
        const geo::MapViewport vp = m_view->viewport();
        for (const QPointF corner : {bounds.topLeft(), bounds.bottomRight()})
            QVERIFY(QRectF(QPointF(0, 0), QSizeF(kViewSize)).contains(vp.lonLatToScreen(corner)));
    }

    void basemapFromATileFolder()
    {
        // A folder of z/x/y.png tiles, all one colour, covering the view at zoom 12.
        QTemporaryDir dir;
        const QColor tileColour(150, 40, 160);
        QImage tile(256, 256, QImage::Format_RGB32);
        tile.fill(tileColour);
        const QPointF m = geo::WebMercator::project(kCentre);
        const int n = 1 << 12;
        for (int dx = -2; dx <= 2; ++dx) {
            for (int dy = -2; dy <= 2; ++dy) {
                const int x = int(m.x() * n) + dx, y = int(m.y() * n) + dy;
                QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("12/%1").arg(x))));
                QVERIFY(tile.save(dir.filePath(QStringLiteral("12/%1/%2.png").arg(x).arg(y))));
            }
        }
        QString error;
        QVERIFY(!m_view->setBasemap(
            {map::BasemapSettings::TileFolder, dir.filePath(QStringLiteral("missing")), {}},
            &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(m_view->setBasemap({map::BasemapSettings::TileFolder, dir.path(), {}}, &error),
                 qPrintable(error));
        setCamera(kCentre, 12);
        // The layers follow the new Map: the camera moved with it.
        QCOMPARE(m_view->viewport().zoom(), 12.0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QRgb c = render().pixel(120, 120);
                return std::abs(qRed(c) - tileColour.red()) < 12 &&
                       std::abs(qBlue(c) - tileColour.blue()) < 12;
            }(),
            8000);
        // Back to no basemap: the plain canvas.
        QVERIFY(m_view->setBasemap({}, &error));
        setCamera(kCentre, 12);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::abs(qRed(render().pixel(120, 120)) - theme::background.red()) < 6, 5000);
    }

    void exportsPngAndPdf()
    {
        showGrid();
        m_view->personLayer()->setSymbols(
            randomSymbols(300, QRectF(kCentre - QPointF(0.05, 0.04), QSizeF(0.1, 0.08)), 5));
        render();
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_view->exportImage(png, QSize(4000, 2500), &error), qPrintable(error));
        qInfo() << "PNG 4000x2500 export:" << timer.elapsed() << "ms";
        const QImage image(png);
        QCOMPARE(image.size(), QSize(4000, 2500));
        // Not blank: the grid's fills and the symbols' colours are there, not only the canvas.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 25)
            for (int x = 0; x < image.width(); x += 25)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        const QPoint centre(2000, 1250);
        QVERIFY(image.pixel(centre) != theme::background.rgb());

        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        timer.restart();
        QVERIFY2(m_view->exportPdf(pdf, &error), qPrintable(error));
        qInfo() << "PDF export:" << timer.elapsed() << "ms";
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
                     bytes.count("/Type /Page "),
                 1);
        QVERIFY(bytes.contains("/Count 1"));
    }

    void aCitySizedGridBuildsAndDraws()
    {
        // 60 × 50 cells of 24-sided polygons: more vertices than the real grid's squares
        // (how long it takes is bench_map_frame's business).
        const QList<geo::Boundary> cells = gridCells(60, 50, 24);
        const auto model = map::PolygonRenderModel::build(cells, theme::gridFill, theme::gridLine);
        QCOMPARE(model->features.size(), 3000);
        m_view->gridLayer()->setModel(model);
        m_view->gridLayer()->setFills(QList<QColor>(3000, QColor(200, 80, 40)));
        setCamera(kCentre, 9);
        const QImage image = render();
        m_view->gridLayer()->setModel(nullptr);
        QVERIFY(!image.isNull());
        // A cell near the centre shows its fill (the canvas is navy).
        const QPointF at = m_view->viewport().lonLatToScreen(cells[25 * 60 + 30].labelPoint);
        const QRgb fill = image.pixel(at.toPoint());
        QVERIFY2(qRed(fill) > 150 && qBlue(fill) < 90, qPrintable(describe(fill)));
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
