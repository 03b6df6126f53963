#include "map/MapView.h"

#include "Theme.h"
#include "map/PointLayer.h"
#include "map/PolygonLayer.h"

#include <QGeoCoordinate>
#include <QKeyEvent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSGRendererInterface>

namespace yiping::map {

namespace {
void registerTypes()
{
    static const int once = [] {
        qmlRegisterType<PolygonLayer>("Yiping.Map", 1, 0, "PolygonLayer");
        qmlRegisterType<PointLayer>("Yiping.Map", 1, 0, "PointLayer");
        return 0;
    }();
    Q_UNUSED(once);
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
    if (status() != QQuickWidget::Ready || !rootObject())
        qFatal("The map scene failed to load; Qt Location's QML modules are missing.");
    QQuickItem *root = rootObject();
    m_map = root->findChild<QQuickItem *>(QStringLiteral("map"));
    m_districts = root->findChild<PolygonLayer *>(QStringLiteral("districtLayer"));
    m_alerts = root->findChild<PointLayer *>(QStringLiteral("alertLayer"));
    m_districtLabels = root->findChild<PolygonLayer *>(QStringLiteral("districtLabels"));
    Q_ASSERT(m_map && m_districts && m_alerts && m_districtLabels);
    connect(root, SIGNAL(cursorMoved(double, double)), this, SLOT(onCursorMoved(double, double)));
    connect(root, SIGNAL(cursorLeft()), this, SIGNAL(cursorLeft()));
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

void MapView::setViewport(const QPointF &centerLonLat, double zoom)
{
    m_map->setProperty("zoomLevel", zoom);
    m_map->setProperty("center",
                       QVariant::fromValue(QGeoCoordinate(centerLonLat.y(), centerLonLat.x())));
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

void MapView::fitToCity()
{
    const auto model = m_districts->model();
    if (!model || width() < 10 || height() < 10)
        return;
    const geo::MapViewport vp =
        geo::MapViewport::fitting(model->boundsLonLat, QSizeF(width(), height()));
    setViewport(vp.centerLonLat(), vp.zoom());
    m_fitPending = false;
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
    QMetaObject::invokeMethod(m_map, "pan", Q_ARG(int, dx), Q_ARG(int, dy));
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

void MapView::resizeEvent(QResizeEvent *event)
{
    QQuickWidget::resizeEvent(event);
    if (m_fitPending)
        fitToCity();
}

} // namespace yiping::map
