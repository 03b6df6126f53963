#include "RenderFrames.h"
#include "Theme.h"
#include "geo/BoundaryReader.h"
#include "geo/GeoMath.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"

#include <QGeoCoordinate>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTest>

using namespace yiping;

namespace {

QColor blend(const QColor &over, const QColor &under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(over.redF() * a + under.redF() * (1 - a)),
                            float(over.greenF() * a + under.greenF() * (1 - a)),
                            float(over.blueF() * a + under.blueF() * (1 - a)));
}

bool near(QRgb c, const QColor &want, int tolerance)
{
    return std::abs(qRed(c) - want.red()) <= tolerance &&
           std::abs(qGreen(c) - want.green()) <= tolerance &&
           std::abs(qBlue(c) - want.blue()) <= tolerance;
}

QString describe(QRgb c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(qRed(c)).arg(qGreen(c)).arg(qBlue(c));
}

} // namespace

class TestDistrictLayer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<map::MapView> m_view;
    QList<geo::Boundary> m_districts;

    QImage render() { return renderFrames(m_view.get(), 2); }

    // A pixel well inside the district: the centroid of its largest part when that is
    // inside and clear of the label, else the interior sample farthest from the label.
    QPointF samplePoint(const geo::Boundary &b, const geo::MapViewport &vp)
    {
        const QPointF label = vp.lonLatToScreen(b.labelPoint);
        auto good = [&](const QPointF &lonLat) {
            const QPointF px = vp.lonLatToScreen(lonLat);
            if (QLineF(px, label).length() < 30)
                return false;
            for (const QPointF d : {QPointF(5, 0), QPointF(-5, 0), QPointF(0, 5), QPointF(0, -5)})
                if (!geo::contains(b.shape, vp.screenToLonLat(px + d)))
                    return false;
            return geo::contains(b.shape, lonLat);
        };
        const QRectF box = geo::boundsOf(b.shape);
        if (good(box.center()))
            return vp.lonLatToScreen(box.center());
        QPointF best;
        double bestScore = -1;
        for (int i = 1; i < 30; ++i) {
            for (int j = 1; j < 30; ++j) {
                const QPointF p(box.left() + box.width() * i / 30,
                                box.top() + box.height() * j / 30);
                if (!good(p))
                    continue;
                const double score =
                    -QLineF(vp.lonLatToScreen(p), vp.lonLatToScreen(box.center())).length();
                if (bestScore < 0 || score > bestScore) {
                    bestScore = score;
                    best = p;
                }
            }
        }
        return vp.lonLatToScreen(best);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto result = geo::BoundaryReader::read(
            QStringLiteral(YIPING_SOURCE_DATA_DIR "/putian/districts.geojson"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        m_districts = result.boundaries;
        m_view = std::make_unique<map::MapView>();
        m_view->resize(900, 700);
        m_view->setDistricts(m_districts);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->fitToCity();
    }

    void usesTheExpectedBackend()
    {
        render();
        const auto api = m_view->quickWindow()->rendererInterface()->graphicsApi();
        const QByteArray expected = qgetenv("YIPING_EXPECT_BACKEND");
        if (expected == "software")
            QCOMPARE(api, QSGRendererInterface::Software);
        else if (expected == "opengl")
            QCOMPARE(api, QSGRendererInterface::OpenGL);
        QCOMPARE(m_view->districtLayer()->usesSoftwareBackend(),
                 api == QSGRendererInterface::Software);
    }

    void followsTheMapsProjection()
    {
        // The layer's projection must be the Map's own, or overlays drift off the basemap.
        render();
        const geo::MapViewport vp = m_view->viewport();
        for (const geo::Boundary &b : std::as_const(m_districts)) {
            QPointF mapPx;
            const QGeoCoordinate c(b.labelPoint.y(), b.labelPoint.x());
            QVERIFY(QMetaObject::invokeMethod(m_view->mapItem(), "fromCoordinate",
                                              Q_RETURN_ARG(QPointF, mapPx),
                                              Q_ARG(QGeoCoordinate, c), Q_ARG(bool, false)));
            const QPointF ours = vp.lonLatToScreen(b.labelPoint);
            QVERIFY2(QLineF(mapPx, ours).length() < 0.5,
                     qPrintable(QStringLiteral("%1: map (%2,%3) vs layer (%4,%5)")
                                    .arg(b.code)
                                    .arg(mapPx.x())
                                    .arg(mapPx.y())
                                    .arg(ours.x())
                                    .arg(ours.y())));
        }
    }

    void drawsEveryDistrictAndNothingOutside()
    {
        const QImage image = render();
        const geo::MapViewport vp = m_view->viewport();
        const QColor fill = blend(theme::districtFill, theme::background);
        for (const geo::Boundary &b : std::as_const(m_districts)) {
            const QPoint p = samplePoint(b, vp).toPoint();
            QVERIFY2(image.rect().contains(p), qPrintable(b.code));
            const QRgb c = image.pixel(p);
            QVERIFY2(near(c, fill, 10), qPrintable(QStringLiteral("%1 at (%2,%3): %4, want %5")
                                                       .arg(b.name)
                                                       .arg(p.x())
                                                       .arg(p.y())
                                                       .arg(describe(c), describe(fill.rgb()))));
        }
        // Outside the city: the corners of the view are sea or neighbouring land.
        for (const QPoint p :
             {QPoint(3, 3), QPoint(image.width() - 4, 3), QPoint(3, image.height() - 4)}) {
            QVERIFY(!geo::contains(m_districts.first().shape, vp.screenToLonLat(p)));
            QVERIFY2(near(image.pixel(p), theme::background, 4),
                     qPrintable(describe(image.pixel(p))));
        }
    }

    void drawsLabels()
    {
        // Each name is drawn over its label point: light text pixels near it.
        const QImage image = render();
        const geo::MapViewport vp = m_view->viewport();
        for (const geo::Boundary &b : std::as_const(m_districts)) {
            const QPoint at = vp.lonLatToScreen(b.labelPoint).toPoint();
            int light = 0;
            for (int y = at.y() - 8; y <= at.y() + 8; ++y)
                for (int x = at.x() - 24; x <= at.x() + 24; ++x)
                    if (image.rect().contains(x, y) && qGray(image.pixel(x, y)) > 200)
                        ++light;
            QVERIFY2(light > 20,
                     qPrintable(QStringLiteral("%1: %2 light pixels").arg(b.name).arg(light)));
        }
    }

    void panAndZoomMoveTheDistricts()
    {
        const geo::MapViewport before = m_view->viewport();
        m_view->zoomIn();
        QTRY_VERIFY(std::abs(m_view->viewport().zoom() - before.zoom() - 1) < 1e-6);
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QTRY_VERIFY(m_view->viewport().centerLonLat().x() < before.centerLonLat().x());
        const QImage image = render();
        const geo::MapViewport vp = m_view->viewport();
        const QColor fill = blend(theme::districtFill, theme::background);
        // The largest district is still drawn where the new camera puts it.
        const geo::Boundary &xianyou =
            *std::max_element(m_districts.cbegin(), m_districts.cend(),
                              [](const auto &a, const auto &b) { return a.areaKm2 < b.areaKm2; });
        const QPoint p = samplePoint(xianyou, vp).toPoint();
        if (image.rect().contains(p))
            QVERIFY2(near(image.pixel(p), fill, 10), qPrintable(describe(image.pixel(p))));
        m_view->fitToCity();
        QTRY_VERIFY(std::abs(m_view->viewport().zoom() - before.zoom()) < 1e-6);
    }
};

QTEST_MAIN(TestDistrictLayer)
#include "tst_districtlayer.moc"
