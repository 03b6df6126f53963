#include "Theme.h"
#include "geo/BoundaryReader.h"
#include "geo/WebMercator.h"
#include "map/MapView.h"
#include "map/PointLayer.h"

#include <QQuickWindow>
#include <QTest>

using namespace yiping;

// Markers land where the camera puts their coordinates, in both rendering backends.
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

private Q_SLOTS:
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
