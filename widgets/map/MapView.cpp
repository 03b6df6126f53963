#include "map/MapView.h"

#include "Theme.h"
#include "map/HeatLayer.h"
#include "map/LayerCache.h"
#include "map/LayerRegistry.h"
#include "map/PointLayer.h"
#include "map/PolygonLayer.h"
#include "map/StandardLayers.h"
#include "map/SymbolLayer.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QGeoCoordinate>
#include <QImage>
#include <QImageWriter>
#include <QKeyEvent>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSGRendererInterface>
#include <QStandardPaths>
#include <QUrl>

#include <cmath>

namespace yiping::map {

namespace {
void registerTypes()
{
    static const int once = [] {
        qmlRegisterType<LayerCache>("Yiping.Map", 1, 0, "LayerCache");
        return 0;
    }();
    Q_UNUSED(once);
}

template<typename T> T *added(LayerRegistry *registry, const LayerSpec &spec)
{
    auto *layer = new T;
    registry->add(layer, spec);
    return layer;
}
} // namespace

MapView::MapView(QWidget *parent)
    : QQuickWidget(parent)
{
    registerTypes();
    setResizeMode(QQuickWidget::SizeRootObjectToView);
    setClearColor(theme::background);
    setFocusPolicy(Qt::StrongFocus);
    setSource(QUrl(QStringLiteral("qrc:/yiping/map/MapScene.qml")));
    if (status() != QQuickWidget::Ready || !rootObject() || !mapItem())
        qFatal("The map scene failed to load; Qt Location's QML modules are missing.");
    QQuickItem *root = rootObject();
    auto *cache = qobject_cast<LayerCache *>(root->property("pictureLayers").value<QObject *>());
    auto *live = qobject_cast<QQuickItem *>(root->property("liveLayers").value<QObject *>());
    if (!cache || !live)
        qFatal("The map scene has no place for its layers.");
    m_layers = new LayerRegistry(cache, live, this);
    connect(m_layers, &LayerRegistry::layerAdded, this,
            [this](MapLayer *layer) { layer->setCrsCorrection(m_crs); });
    addStandardLayers();
    connect(root, SIGNAL(cursorMoved(double, double)), this, SLOT(onCursorMoved(double, double)));
    connect(root, SIGNAL(cursorLeft()), this, SIGNAL(cursorLeft()));
    connect(root, SIGNAL(clicked(double, double, int)), this, SLOT(onClicked(double, double, int)));
    connect(root, SIGNAL(doubleClicked(double, double)), this,
            SLOT(onDoubleClicked(double, double)));
}

// The map's own layers, registered as a page registers its own. Labels go over every
// other layer (visual rules): a polygon model is shown twice, its shapes low and its
// labels at the top. The zooms at which layers hand over are the defaults; a page may
// change them.
void MapView::addStandardLayers()
{
    namespace key = layerkey;
    namespace z = layerz;
    m_districts = added<PolygonLayer>(m_layers, LayerSpec(key::districts, z::districts));
    m_districts->setParts(true, false);
    m_grid = added<PolygonLayer>(m_layers, LayerSpec(key::grid, z::grid).withHitTest());
    m_grid->setParts(true, false);
    m_heat = added<HeatLayer>(m_layers, LayerSpec(key::heat, z::heat));
    m_heat->setMaxZoom(15);
    m_footprints = added<PolygonLayer>(
        m_layers, LayerSpec(key::siteFootprints, z::siteFootprints).inGroup(key::sites));
    m_footprints->setParts(true, false);
    m_footprints->setMinZoom(15);
    m_events = added<SymbolLayer>(m_layers, LayerSpec(key::events, z::events).withHitTest());
    m_events->setMinZoom(14);
    m_sites = added<SymbolLayer>(m_layers, LayerSpec(key::sites, z::sites).withHitTest());
    m_sites->setClustered(true);
    m_persons = added<SymbolLayer>(m_layers, LayerSpec(key::persons, z::persons).withHitTest());
    m_persons->setClustered(true);
    // Alerts, still, under the labels; their breathing halos live on top.
    m_alerts = added<PointLayer>(m_layers, LayerSpec(key::alerts, z::alerts));
    m_alertPulse = added<PointLayer>(
        m_layers, LayerSpec(key::alertHalos, z::alertHalos).inGroup(key::alerts).drawnLive());
    m_alertPulse->setPulseOnly(true);
    m_alerts->setPulseLayer(m_alertPulse);
    m_hover =
        added<SymbolLayer>(m_layers, LayerSpec(key::hover, z::hover).drawnLive().notExported());
    m_gridLabels = added<PolygonLayer>(
        m_layers, LayerSpec(key::gridLabels, z::gridLabels).inGroup(key::grid).keepsOpacity());
    m_gridLabels->setParts(false, true);
    m_districtLabels =
        added<PolygonLayer>(m_layers, LayerSpec(key::districtLabels, z::districtLabels));
    m_districtLabels->setParts(false, true);
}

QList<MapLayer *> MapView::layers() const
{
    return m_layers->layers();
}

QQuickItem *MapView::mapItem() const
{
    return rootObject()
               ? qobject_cast<QQuickItem *>(rootObject()->property("map").value<QObject *>())
               : nullptr;
}

void MapView::setDistricts(const QList<geo::Boundary> &districts)
{
    const auto model =
        PolygonRenderModel::build(districts, theme::districtFill, theme::districtLine);
    m_districts->setModel(model);
    m_districtLabels->setModel(model);
    m_fitPending = true;
    fitToCity();
}

geo::MapViewport MapView::viewport() const
{
    return m_districts->viewport();
}

geo::MapViewport MapView::cameraViewport() const
{
    return m_districts->cameraViewport();
}

void MapView::setViewport(const QPointF &centerLonLat, double zoom)
{
    QQuickItem *map = mapItem();
    map->setProperty("zoomLevel", zoom);
    const QPointF c = m_crs.dataToBasemap(centerLonLat);
    map->setProperty("center", QVariant::fromValue(QGeoCoordinate(c.y(), c.x())));
}

void MapView::setDataCrs(domain::Crs crs)
{
    m_dataCrs = crs;
    applyCrs();
}

// The layers move only over tiles: with no basemap the data's datum is the map's.
void MapView::applyCrs()
{
    // Keep the data under the view's centre where it is while the datum changes.
    const QPointF centre = viewport().centerLonLat();
    const bool tiles = m_basemap.kind != BasemapSettings::None;
    m_crs = CrsCorrection(m_dataCrs, tiles ? m_basemap.tileCrs : m_dataCrs);
    for (MapLayer *layer : layers())
        layer->setCrsCorrection(m_crs);
    if (m_districts->center().isValid())
        setViewport(centre, viewport().zoom());
}

QPointF MapView::layerPixel(const QPointF &widgetPos) const
{
    return m_crs.isIdentity() ? widgetPos : m_crs.at(cameraViewport()).toLayerPixel(widgetPos);
}

QString MapView::graphicsBackendName() const
{
    switch (quickWindow()->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return tr("software rendering");
    case QSGRendererInterface::OpenGL:
        return tr("OpenGL");
    case QSGRendererInterface::Vulkan:
        return tr("Vulkan");
    default:
        return tr("GPU");
    }
}

bool MapView::doubleClickZooms() const
{
    return rootObject()->property("doubleClickZooms").toBool();
}

void MapView::setDoubleClickZooms(bool zooms)
{
    rootObject()->setProperty("doubleClickZooms", zooms);
}

bool MapView::setBasemap(const BasemapSettings &settings, QString *error)
{
    QString url = settings.url;
    if (settings.kind == BasemapSettings::TileFolder) {
        if (!QFileInfo(settings.folder).isDir()) {
            if (error)
                *error = tr("The tile folder %1 does not exist.").arg(settings.folder);
            return false;
        }
        url = QUrl::fromLocalFile(QFileInfo(settings.folder).absoluteFilePath()).toString() +
              QLatin1Char('/');
    }
    // The osm plugin's custom map takes a URL template; a bare server or folder URL gets the
    // usual z/x/y layout.
    if (settings.kind != BasemapSettings::None && !url.contains(QLatin1String("%z"))) {
        if (!url.endsWith(QLatin1Char('/')))
            url += QLatin1Char('/');
        url += QLatin1String("%z/%x/%y.png");
    }
    // The osm plugin's disk cache keys tiles by map type, not by URL: in one shared cache
    // every custom-URL map would be served the tiles another source left there (a folder's
    // or an earlier server's), and a new server would never be asked. One cache per source.
    const QString cache = settings.kind == BasemapSettings::None
                              ? QString()
                              : QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                    QLatin1String("/basemap/") +
                                    QString::fromLatin1(QCryptographicHash::hash(
                                                            url.toUtf8(), QCryptographicHash::Sha1)
                                                            .toHex()
                                                            .left(16));
    QVariant result;
    QMetaObject::invokeMethod(rootObject(), "setBasemap", Q_RETURN_ARG(QVariant, result),
                              Q_ARG(QVariant, int(settings.kind)), Q_ARG(QVariant, settings.folder),
                              Q_ARG(QVariant, url), Q_ARG(QVariant, cache));
    const QString problem = result.toString();
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("The basemap could not be set: %1").arg(problem);
        return false;
    }
    m_basemap = settings;
    applyCrs();
    return true;
}

geo::MapViewport MapView::viewportFor(const QSize &size) const
{
    const geo::MapViewport vp = viewport();
    // The same area (at least) in the new size: zoom by the smaller of the two ratios.
    const double ratio = std::min(size.width() / std::max(1.0, vp.size().width()),
                                  size.height() / std::max(1.0, vp.size().height()));
    return geo::MapViewport(vp.centerLonLat(), vp.zoom() + std::log2(std::max(ratio, 1e-6)),
                            QSizeF(size));
}

void MapView::render(QPainter *painter, const QSize &size) const
{
    const geo::MapViewport vp = viewportFor(size);
    const double screenZoom = viewport().zoom(); // what the user sees decides what is shown
    painter->save();
    painter->setClipRect(QRect(QPoint(0, 0), size));
    painter->fillRect(QRect(QPoint(0, 0), size), theme::background);
    m_layers->paint(painter, vp, screenZoom);
    painter->restore();
}

bool MapView::exportImage(const QString &path, const QSize &size, QString *error) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error =
                tr("An image of %1×%2 pixels is too large.").arg(size.width()).arg(size.height());
        return false;
    }
    {
        QPainter painter(&image);
        render(&painter, size);
    }
    QImageWriter writer(path, "png");
    // Fast deflate: a 10-megapixel map compresses in a fraction of the default's time, for
    // a file a little larger.
    writer.setCompression(1);
    if (!writer.write(image.convertToFormat(QImage::Format_RGB32))) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, writer.errorString());
        return false;
    }
    return true;
}

bool MapView::exportPdf(const QString &path, QString *error) const
{
    // One landscape page of the view's proportions, 297 mm wide; the view is drawn at
    // twice its on-screen width so labels keep a readable size on paper.
    const QSizeF view = viewport().size();
    const double aspect = view.height() / std::max(1.0, view.width());
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Yiping"));
    writer.setPageSize(QPageSize(QSizeF(297, 297 * aspect), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(std::max(72, int(std::lround(2 * view.width() / (297 / 25.4)))));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    render(&painter, QSize(writer.width(), writer.height()));
    painter.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

void MapView::fitToCity()
{
    const auto model = m_districts->model();
    if (!model || width() < 10 || height() < 10)
        return;
    fitTo(model->boundsLonLat);
    m_fitPending = false;
}

void MapView::fitTo(const QRectF &lonLatBounds)
{
    if (lonLatBounds.isNull() || width() < 10 || height() < 10)
        return;
    const geo::MapViewport vp = geo::MapViewport::fitting(lonLatBounds, QSizeF(width(), height()));
    setViewport(vp.centerLonLat(), vp.zoom());
}

void MapView::flyTo(const QPointF &lonLat, double zoom)
{
    const QPointF to = m_crs.dataToBasemap(lonLat);
    QMetaObject::invokeMethod(rootObject(), "flyTo", Q_ARG(QVariant, to.x()),
                              Q_ARG(QVariant, to.y()), Q_ARG(QVariant, zoom));
}

void MapView::zoomIn()
{
    // An invalid QVariant arrives in QML as undefined: zoom about the centre.
    QMetaObject::invokeMethod(rootObject(), "zoomBy", Q_ARG(QVariant, 1), Q_ARG(QVariant, {}));
}

void MapView::zoomOut()
{
    QMetaObject::invokeMethod(rootObject(), "zoomBy", Q_ARG(QVariant, -1), Q_ARG(QVariant, {}));
}

void MapView::pan(int dx, int dy)
{
    QMetaObject::invokeMethod(mapItem(), "pan", Q_ARG(int, dx), Q_ARG(int, dy));
}

// The Map reports positions in the basemap's datum and the widget's pixels; the pages work
// in the data's datum and the layers' pixels.
void MapView::onCursorMoved(double lon, double lat)
{
    Q_EMIT cursorMoved(m_crs.basemapToData(QPointF(lon, lat)));
}

void MapView::onClicked(double x, double y, int modifiers)
{
    const QPointF at = layerPixel(QPointF(x, y));
    const auto keys = Qt::KeyboardModifiers(modifiers);
    Q_EMIT clicked(at, viewport().screenToLonLat(at), keys);
    // What is drawn above takes the click.
    if (const QList<MapHit> hits = m_layers->hitsAt(at); !hits.isEmpty())
        Q_EMIT hits.first().layer->clicked(hits.first().indices, keys);
}

void MapView::onDoubleClicked(double x, double y)
{
    const QPointF at = layerPixel(QPointF(x, y));
    Q_EMIT doubleClicked(at, viewport().screenToLonLat(at));
}

// Keyboard navigation lives here rather than in QML so it works whenever the widget has
// focus, whatever item inside the scene has Quick focus.
void MapView::keyPressEvent(QKeyEvent *event)
{
    constexpr int step = 120;
    switch (event->key()) {
    case Qt::Key_Left:
        pan(-step, 0);
        break;
    case Qt::Key_Right:
        pan(step, 0);
        break;
    case Qt::Key_Up:
        pan(0, -step);
        break;
    case Qt::Key_Down:
        pan(0, step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        fitToCity();
        break;
    default:
        QQuickWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

// Full motion while someone is looking (the widget shown in the active window), reduced
// while it is shown behind another window, none while hidden or minimised: held still, the
// map draws no frame until something changes.
void MapView::updateMotion()
{
    if (!isVisible() || window()->isMinimized())
        m_layers->setMotion(Motion::Still);
    else
        m_layers->setMotion(isActiveWindow() ? Motion::Full : Motion::Reduced);
}

bool MapView::event(QEvent *event)
{
    const bool handled = QQuickWidget::event(event);
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::WindowActivate:
    case QEvent::WindowDeactivate:
    case QEvent::WindowStateChange:
        updateMotion();
        break;
    default:
        break;
    }
    return handled;
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QQuickWidget::resizeEvent(event);
    if (m_fitPending)
        fitToCity();
}

} // namespace yiping::map
