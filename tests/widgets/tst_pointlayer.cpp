#include "ExpectedBackend.h"
#include "Theme.h"
#include "geo/BoundaryReader.h"
#include "geo/WebMercator.h"
#include "map/LayerRegistry.h"
#include "map/MapView.h"
#include "map/PointLayer.h"
#include "map/StandardLayers.h"

#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTest>

using namespace yiping;

// Markers land where the camera puts their coordinates, in both rendering backends; the
// level Ⅰ halos breathe only while someone may see them.
class TestPointLayer : public QObject
{
    Q_OBJECT

private:
    QImage render(map::MapView &view)
    {
        int frames = 0;
        auto c = connect(
            view.quickWindow(), &QQuickWindow::afterRendering, this, [&frames] { ++frames; },
            Qt::DirectConnection);
        const bool rendered = QTest::qWaitFor(
            [&] {
                view.quickWindow()->update();
                return frames >= 2;
            },
            10000);
        disconnect(c);
        if (!rendered)
            return {};
        return view.grabFramebuffer().convertToFormat(QImage::Format_RGB32);
    }

    // How many frames the map draws in `ms`.
    static int framesIn(map::MapView &view, int ms)
    {
        int frames = 0;
        auto c = connect(
            view.quickWindow(), &QQuickWindow::afterRendering, &view, [&frames] { ++frames; },
            Qt::DirectConnection);
        QTest::qWait(ms);
        disconnect(c);
        return frames;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The backend this run was registered for, and no other.
        map::MapView view;
        view.resize(200, 150);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto expected = ExpectedBackend::fromEnvironment();
        QVERIFY2(expected.known, "YIPING_EXPECT_BACKEND must say which backend this run is for");
        QVERIFY(expected.matches(view.quickWindow()));
    }

    // Each breath is a frame of the whole map: they are drawn only with a level Ⅰ alert in
    // view, in a shown and active window; otherwise the map draws no frame at all.
    void halosBreatheOnlyWhileSomeoneMayLook()
    {
        // Inside a window, as in the app: the window's activation reaches the map.
        QWidget window;
        window.resize(400, 300);
        auto &view = *new map::MapView(&window);
        view.resize(400, 300);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QPointF centre(119.0, 25.45);
        view.setViewport(centre, 12);
        auto *halos =
            qobject_cast<map::PointLayer *>(view.layerRegistry()->layer(map::layerkey::alertHalos));
        QVERIFY(halos);
        const QList<map::PointLayer::Marker> markers = {
            {geo::WebMercator::project(centre), theme::levelRed, true, 1},
            {geo::WebMercator::project(centre + QPointF(0.01, 0)), theme::levelYellow, false, 3}};
        view.alertLayer()->setMarkers(markers);
        QTRY_VERIFY(halos->isBreathing());
        // 20 breaths a second (every kPulseMs): at least a few frames, even on a busy machine.
        QVERIFY(framesIn(view, 1000) >= 5);

        // 0.5° east: the alert is 1,456 px off the 400 px view.
        view.setViewport(centre + QPointF(0.5, 0), 12);
        QTRY_VERIFY(!halos->isBreathing());
        QTest::qWait(600); // the layer cache's picture settles
        QCOMPARE(framesIn(view, 1000), 0);

        view.setViewport(centre, 12);
        QTRY_VERIFY(halos->isBreathing());
        QCOMPARE(halos->breathInterval(), map::PointLayer::kPulseMs);
        // Behind another window (a wall, a second screen): breathing at a quarter of the rate.
        QWidget other;
        other.resize(100, 100);
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QTRY_COMPARE(halos->breathInterval(), map::PointLayer::kReducedPulseMs);
        QVERIFY(halos->isBreathing());
        const int reduced = framesIn(view, 2000);
        QVERIFY2(reduced >= 1 && reduced <= 14, qPrintable(QString::number(reduced)));

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(halos->isBreathing());
        view.alertLayer()->setVisible(false); // the panel's switch, or its opacity at 0
        QTRY_VERIFY(!halos->isBreathing());
        view.alertLayer()->setVisible(true);
        QTRY_VERIFY(halos->isBreathing());
        view.alertLayer()->setMarkers({markers[1]}); // no level Ⅰ alert left
        QTRY_VERIFY(!halos->isBreathing());
        QTest::qWait(600);
        QCOMPARE(framesIn(view, 1000), 0);
        view.alertLayer()->setMarkers(markers);
        QTRY_VERIFY(halos->isBreathing());
        window.hide();
        QTRY_VERIFY(!halos->isBreathing());
    }

    // The halos breathe to draw the eye, then rest: after a level Ⅰ alert arrives, or when
    // the user comes back to the window, for breathDuration(); the same alerts read again
    // are not news. At rest the map draws no frame.
    void halosRestAfterTheirBreath()
    {
        QWidget window;
        window.resize(400, 300);
        auto &view = *new map::MapView(&window);
        view.resize(400, 300);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QPointF centre(119.0, 25.45);
        view.setViewport(centre, 12);
        auto *halos =
            qobject_cast<map::PointLayer *>(view.layerRegistry()->layer(map::layerkey::alertHalos));
        QVERIFY(halos);
        QCOMPARE(halos->breathDuration(), 60'000); // a minute, by default
        const map::PointLayer::Marker first{geo::WebMercator::project(centre), theme::levelRed,
                                            true, 1};
        const map::PointLayer::Marker second{geo::WebMercator::project(centre + QPointF(0.005, 0)),
                                             theme::levelRed, true, 1};
        view.alertLayer()->setMarkers({first});
        QTRY_VERIFY(halos->isBreathing());

        halos->setBreathDuration(800);
        QVERIFY(halos->isBreathing());
        QTRY_VERIFY_WITH_TIMEOUT(!halos->isBreathing(), 5000);
        QTest::qWait(600); // the layer cache's picture settles
        QCOMPARE(framesIn(view, 1000), 0);

        view.alertLayer()->setMarkers({first}); // read again: nothing new
        QTest::qWait(200);
        QVERIFY(!halos->isBreathing());
        view.alertLayer()->setMarkers({first, second}); // a new level Ⅰ alert
        QVERIFY(halos->isBreathing());
        QTRY_VERIFY_WITH_TIMEOUT(!halos->isBreathing(), 5000);

        QWidget other; // the user looks elsewhere, then comes back
        other.resize(100, 100);
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(halos->isBreathing());
        QCOMPARE(halos->breathInterval(), map::PointLayer::kPulseMs);
        QTRY_VERIFY_WITH_TIMEOUT(!halos->isBreathing(), 5000);
    }

    void markerIsDrawnAtItsCoordinate()
    {
        const auto districts = geo::BoundaryReader::read(
            QStringLiteral(YIPING_SOURCE_DATA_DIR "/putian/districts.geojson"));
        QVERIFY(districts.ok());
        map::MapView view;
        view.resize(800, 600);
        view.setDistricts(districts.boundaries);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToCity();
        const QPointF lonLat(119.3, 25.72); // sea north-east of the city: plain background
        // Many markers (as many as a busy day's open alerts), the checked one among them.
        QList<map::PointLayer::Marker> markers;
        for (int i = 0; i < 1000; ++i)
            markers.append({geo::WebMercator::project(
                                QPointF(118.6 + (i % 40) * 0.015, 25.1 + (i / 40) * 0.015)),
                            theme::levelYellow, i % 7 == 0});
        markers.append({geo::WebMercator::project(lonLat), theme::levelRed, true});
        view.alertLayer()->setMarkers(markers);
        const QImage image = render(view);
        const QPoint p = view.viewport().lonLatToScreen(lonLat).toPoint();
        QVERIFY(image.rect().contains(p));
        const QRgb c = image.pixel(p);
        QVERIFY2(qRed(c) > 200 && qGreen(c) < 90,
                 qPrintable(QStringLiteral("rgb(%1,%2,%3) at %4,%5")
                                .arg(qRed(c))
                                .arg(qGreen(c))
                                .arg(qBlue(c))
                                .arg(p.x())
                                .arg(p.y())));
        // Beyond the halo: background again.
        const QRgb far = image.pixel(p + QPoint(30, 0));
        QVERIFY(std::abs(qRed(far) - theme::background.red()) < 6);
    }
};

QTEST_MAIN(TestPointLayer)
#include "tst_pointlayer.moc"
