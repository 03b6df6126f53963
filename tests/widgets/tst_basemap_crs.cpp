#include "RenderFrames.h"
#include "Theme.h"
#include "geo/Gcj02.h"
#include "geo/WebMercator.h"
#include "map/CrsCorrection.h"
#include "map/LayerCache.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace yiping;
using domain::Crs;

// GCJ-02 data over WGS-84 tiles: the layers must draw each datum's point where the tiles
// have it, and a click there must find it. The expected pixel is always the Map's own
// projection of the point's WGS-84 equivalent (Qt Location's fromCoordinate), never this
// code's arithmetic. Runs under OpenGL and under the software adaptation.

namespace {

constexpr QSize kViewSize(1200, 800);
const QPointF kCentreWgs(119.0, 25.45); // Putian
const QColor kMark(255, 0, 255);

// The centroid of the pixels of one colour inside a rectangle; invalid when there are few.
std::optional<QPointF> centroidOf(const QImage &image, const QColor &colour, const QRect &area)
{
    double sx = 0, sy = 0;
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb c = image.pixel(x, y);
            if (std::abs(qRed(c) - colour.red()) < 40 &&
                std::abs(qGreen(c) - colour.green()) < 40 &&
                std::abs(qBlue(c) - colour.blue()) < 40) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++n;
            }
        }
    }
    if (n < 20)
        return std::nullopt;
    return QPointF(sx / n, sy / n);
}

QString describe(const QPointF &p)
{
    return QStringLiteral("(%1, %2)").arg(p.x(), 0, 'f', 2).arg(p.y(), 0, 'f', 2);
}

} // namespace

class TestBasemapCrs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<map::MapView> m_view;
    QTemporaryDir m_tiles; // an empty tile folder: the layers are what is looked at

    QImage render() { return renderFrames(m_view.get(), 3); }

    // Where the Map itself puts a WGS-84 coordinate in the widget.
    QPointF mapPixel(const QPointF &lonLat)
    {
        QPointF p;
        QMetaObject::invokeMethod(m_view->mapItem(), "fromCoordinate", Q_RETURN_ARG(QPointF, p),
                                  Q_ARG(QGeoCoordinate, QGeoCoordinate(lonLat.y(), lonLat.x())),
                                  Q_ARG(bool, false));
        return p;
    }

    void setTiles(Crs tileCrs)
    {
        map::BasemapSettings tiles{map::BasemapSettings::TileFolder, m_tiles.path(), {}, tileCrs};
        QString error;
        QVERIFY2(m_view->setBasemap(tiles, &error), qPrintable(error));
    }

    // Marks at data coordinates, 16 px across, in the key sites' layer (drawn through the
    // LayerCache, like every layer that does not animate).
    void mark(const QList<QPointF> &lonLats)
    {
        QList<map::SymbolLayer::Symbol> symbols;
        for (const QPointF &p : lonLats)
            symbols.append(
                {geo::WebMercator::project(p), kMark, quint8(map::Shape::Circle), 0, QColor(), 16});
        m_view->siteLayer()->setSymbols(symbols);
    }

    // Four points about 480 px and 300 px away from the centre at zoom 17, where the
    // correction's linear part matters (a translation alone is 2–3 px off there).
    QList<QPointF> cornerPoints(const QPointF &centre) const
    {
        const double degPerPx = 360.0 / geo::WebMercator::worldSize(17);
        const double dx = 480 * degPerPx, dy = 300 * degPerPx * std::cos(centre.y() * M_PI / 180);
        return {centre + QPointF(-dx, -dy), centre + QPointF(dx, -dy), centre + QPointF(-dx, dy),
                centre + QPointF(dx, dy)};
    }

    // Renders and checks that each data point's mark is within `tolerance` px of where the
    // Map puts `toBasemap(point)`.
    void expectMarksAt(const QList<QPointF> &data,
                       const std::function<QPointF(const QPointF &)> &toBasemap, double tolerance)
    {
        const QImage frame = render();
        QVERIFY(!frame.isNull());
        for (const QPointF &p : data) {
            const QPointF want = mapPixel(toBasemap(p));
            const auto got =
                centroidOf(frame, kMark, QRect(want.toPoint() - QPoint(30, 30), QSize(61, 61)));
            QVERIFY2(got, qPrintable(QStringLiteral("no mark near %1").arg(describe(want))));
            QVERIFY2(QLineF(*got, want).length() < tolerance,
                     qPrintable(QStringLiteral("mark at %1, the tiles have the point at %2")
                                    .arg(describe(*got), describe(want))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tiles.isValid());
        m_view = std::make_unique<map::MapView>();
        m_view->resize(kViewSize);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void init()
    {
        m_view->siteLayer()->setSymbols({});
        m_view->gridLayer()->setModel(nullptr);
        m_view->setDataCrs(Crs::Unknown);
        QVERIFY(m_view->setBasemap({}));
    }

    // The affine fitted per view against Gcj02 applied point by point, on a 1920x1080 view
    // over Putian, at the view's corners and edge midpoints: the figures in CrsCorrection.h.
    void affineStaysWithinAPixelAtStreetZoom()
    {
        const map::CrsCorrection gcjOverWgs(Crs::Gcj02, Crs::Wgs84);
        const QSizeF size(1920, 1080);
        const QList<QPointF> centres = {{119.0, 25.45},  {119.01, 25.43}, {118.95, 25.40},
                                        {119.1, 25.5},   {119.2, 25.3},   {118.8, 25.6},
                                        {119.05, 25.35}, {118.9, 25.5}};
        QElapsedTimer timer;
        int fits = 0;
        qint64 nanos = 0;
        for (int zoom = 12; zoom <= 18; ++zoom) {
            double worst = 0, worstTranslation = 0;
            for (const QPointF &c : centres) {
                const geo::MapViewport camera(c, zoom, size); // the basemap's (WGS-84) camera
                timer.start();
                const map::CrsCorrection::View view = gcjOverWgs.at(camera);
                nanos += timer.nsecsElapsed();
                ++fits;
                // The data point under the centre is exact.
                const QPointF under = gcjOverWgs.dataToBasemap(view.data.centerLonLat());
                QVERIFY(QLineF(camera.lonLatToScreen(under), camera.lonLatToScreen(c)).length() <
                        1e-3);
                for (double fx : {-0.5, 0.0, 0.5}) {
                    for (double fy : {-0.5, 0.0, 0.5}) {
                        // A data point drawn at this pixel of the layers...
                        const QPointF layerPx(size.width() * (0.5 + fx),
                                              size.height() * (0.5 + fy));
                        const QPointF gcj = view.data.screenToLonLat(layerPx);
                        // ...appears at linear(layerPx); the tiles have it at:
                        const QPointF truth = camera.lonLatToScreen(geo::Gcj02::toWgs84(gcj));
                        worst = std::max(worst, QLineF(view.linear.map(layerPx), truth).length());
                        worstTranslation =
                            std::max(worstTranslation, QLineF(layerPx, truth).length());
                    }
                }
            }
            qInfo("zoom %d: affine off by at most %.3f px at the view's edges (a translation "
                  "alone: %.2f px)",
                  zoom, worst, worstTranslation);
            if (zoom >= 16)
                QVERIFY2(worst < 1.0, qPrintable(QString::number(worst)));
            if (zoom == 17)
                QVERIFY2(worst < 0.5, qPrintable(QString::number(worst)));
            QVERIFY(worst < 3.0);
        }
        qInfo("one fit: %.1f µs", nanos / 1000.0 / fits);
    }

    void sameDatumOrUnknownIsNoCorrection()
    {
        QVERIFY(map::CrsCorrection(Crs::Wgs84, Crs::Wgs84).isIdentity());
        QVERIFY(map::CrsCorrection(Crs::Gcj02, Crs::Gcj02).isIdentity());
        QVERIFY(map::CrsCorrection(Crs::Cgcs2000, Crs::Wgs84).isIdentity());
        QVERIFY(map::CrsCorrection(Crs::Unknown, Crs::Wgs84).isIdentity());
        QVERIFY(!map::CrsCorrection(Crs::Gcj02, Crs::Cgcs2000).isIdentity());
        QVERIFY(!map::CrsCorrection(Crs::Wgs84, Crs::Gcj02).isIdentity());
    }

    void gcjDataIsDrawnWhereWgsTilesHaveIt()
    {
        const QPointF centreGcj = geo::Gcj02::fromWgs84(kCentreWgs);
        const QList<QPointF> points = cornerPoints(centreGcj) << centreGcj;
        mark(points);
        m_view->setDataCrs(Crs::Gcj02);
        setTiles(Crs::Wgs84);
        m_view->setViewport(centreGcj, 17);
        // Where the tiles have the points: their WGS-84 equivalents.
        const auto toWgs = [](const QPointF &p) { return geo::Gcj02::toWgs84(p); };
        expectMarksAt(points, toWgs, 1.0);
        // Again once the layers' picture has settled (LayerCache draws them for a frozen
        // camera), and after a pan that only moves that picture.
        QTest::qWait(400);
        if (auto *cache = m_view->rootObject()->findChild<map::LayerCache *>();
            cache && cache->isCacheEnabled())
            QTRY_VERIFY(cache->isActive());
        expectMarksAt(points, toWgs, 1.0);
        m_view->pan(30, 20);
        QTRY_VERIFY(QLineF(m_view->viewport().centerLonLat(), centreGcj).length() > 1e-5);
        expectMarksAt(points, toWgs, 1.0);
        m_view->setViewport(centreGcj, 17);
        // The view's centre is the data's centre: the camera moved, not the data.
        QVERIFY(QLineF(m_view->viewport().centerLonLat(), centreGcj).length() < 1e-7);
    }

    void wgsDataIsDrawnWhereGcjTilesHaveIt()
    {
        const QList<QPointF> points = cornerPoints(kCentreWgs) << kCentreWgs;
        mark(points);
        m_view->setDataCrs(Crs::Wgs84);
        setTiles(Crs::Gcj02);
        m_view->setViewport(kCentreWgs, 17);
        expectMarksAt(points, [](const QPointF &p) { return geo::Gcj02::fromWgs84(p); }, 1.0);
    }

    void sameDatumOrNoBasemapShiftsNothing()
    {
        const QPointF centre = geo::Gcj02::fromWgs84(kCentreWgs);
        const QList<QPointF> points = cornerPoints(centre) << centre;
        const auto asIs = [](const QPointF &p) { return p; };
        mark(points);
        m_view->setDataCrs(Crs::Gcj02);
        setTiles(Crs::Gcj02);
        m_view->setViewport(centre, 17);
        expectMarksAt(points, asIs, 1.0);
        // No basemap: the data's datum is the map's, whatever the tile setting says.
        QVERIFY(m_view->setBasemap({map::BasemapSettings::None, {}, {}, Crs::Wgs84}));
        m_view->setViewport(centre, 17);
        expectMarksAt(points, asIs, 1.0);
    }

    void clickOnAMarkSelectsItAndGivesDataCoordinates()
    {
        const QPointF centreGcj = geo::Gcj02::fromWgs84(kCentreWgs);
        const QList<QPointF> points = cornerPoints(centreGcj);
        mark(points);
        // A grid cell of ~40 px around the last corner point.
        const double h = 20 * 360.0 / geo::WebMercator::worldSize(17);
        const QPointF cellCentre = points[3] + QPointF(-3 * h, -3 * h);
        geo::Boundary cell;
        cell.code = QStringLiteral("cell");
        cell.name = QStringLiteral("C");
        cell.shape.append(
            geo::GeoPolygon{{{cellCentre + QPointF(-h, -h), cellCentre + QPointF(h, -h),
                              cellCentre + QPointF(h, h), cellCentre + QPointF(-h, h)}}});
        cell.labelPoint = cellCentre;
        m_view->gridLayer()->setModel(
            map::PolygonRenderModel::build({cell}, theme::gridFill, theme::gridLine, 12, 1.0));
        m_view->setDataCrs(Crs::Gcj02);
        setTiles(Crs::Wgs84);
        m_view->setViewport(centreGcj, 17);
        render();
        QSignalSpy clicks(m_view.get(), &map::MapView::clicked);
        for (int i = 0; i < points.size(); ++i) {
            const QPoint at = mapPixel(geo::Gcj02::toWgs84(points[i])).toPoint();
            QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, at);
            QTRY_COMPARE(clicks.size(), 1);
            const QPointF layerPos = clicks.takeFirst().at(0).toPointF();
            QCOMPARE(m_view->siteLayer()->indicesAt(layerPos), QList<int>{i});
            // The position is in the data's datum: within a pixel (~1.1 m) of the point.
            const QPointF lonLat = m_view->viewport().screenToLonLat(layerPos);
            QVERIFY(QLineF(m_view->viewport().lonLatToScreen(lonLat),
                           m_view->viewport().lonLatToScreen(points[i]))
                        .length() < 1.5);
        }
        // The grid cell: a click just inside its edge, where the tiles have it, selects it.
        const QPointF inside = cellCentre + QPointF(h * 0.8, h * 0.8);
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {},
                          mapPixel(geo::Gcj02::toWgs84(inside)).toPoint());
        QTRY_COMPARE(clicks.size(), 1);
        const QPointF layerPos = clicks.takeFirst().at(0).toPointF();
        QCOMPARE(m_view->gridLayer()->featureAt(layerPos), 0);
        QCOMPARE(m_view->gridLayer()->model()->featureAt(m_view->viewport(), layerPos), 0);
    }

    void flyToPutsTheDataPointInTheMiddle()
    {
        const QPointF target = geo::Gcj02::fromWgs84(kCentreWgs + QPointF(0.01, -0.01));
        mark({target});
        m_view->setDataCrs(Crs::Gcj02);
        setTiles(Crs::Wgs84);
        m_view->setViewport(kCentreWgs, 16);
        m_view->flyTo(target, 17);
        QTRY_VERIFY(std::abs(m_view->viewport().zoom() - 17) < 1e-6 &&
                    QLineF(m_view->viewport().centerLonLat(), target).length() < 1e-7);
        const auto got = centroidOf(render(), kMark, QRect(QPoint(0, 0), kViewSize));
        QVERIFY(got);
        QVERIFY2(QLineF(*got, QPointF(kViewSize.width() / 2.0, kViewSize.height() / 2.0)).length() <
                     1.0,
                 qPrintable(describe(*got)));
    }
};

QTEST_MAIN(TestBasemapCrs)
#include "tst_basemap_crs.moc"
