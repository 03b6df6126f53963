#include "map/PolygonRenderModel.h"

#include "Theme.h"
#include "geo/Triangulation.h"
#include "geo/WebMercator.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace yiping::map {

std::shared_ptr<const PolygonRenderModel>
PolygonRenderModel::build(const QList<geo::Boundary> &boundaries, const QColor &fill,
                          const QColor &line)
{
    auto model = std::make_shared<PolygonRenderModel>();
    model->line = line;
    model->labelColor = theme::labelText;
    model->labelHalo = theme::labelHalo;
    for (const geo::Boundary &b : boundaries)
        model->boundsLonLat = model->boundsLonLat.isNull()
                                  ? geo::boundsOf(b.shape)
                                  : model->boundsLonLat.united(geo::boundsOf(b.shape));
    const QPointF a = geo::WebMercator::project(model->boundsLonLat.topLeft());
    const QPointF c = geo::WebMercator::project(model->boundsLonLat.bottomRight());
    model->boundsMercator = QRectF(a, c).normalized();
    model->origin = model->boundsMercator.center();

    const auto toLocal = [&](const QPointF &lonLat) {
        return model->toLocal(geo::WebMercator::project(lonLat));
    };
    for (const geo::Boundary &b : boundaries) {
        Feature f;
        f.code = b.code;
        f.label = b.name;
        f.labelMercator = geo::WebMercator::project(b.labelPoint);
        f.fill = fill;
        f.path.setFillRule(Qt::OddEvenFill);
        for (const geo::GeoPolygon &polygon : b.shape) {
            f.triangles.append(geo::triangulate(polygon, toLocal));
            for (const QList<QPointF> &ring : polygon.rings) {
                QList<QPointF> local;
                local.reserve(ring.size() + 1);
                for (const QPointF &p : ring)
                    local.append(toLocal(p));
                if (local.first() != local.last())
                    local.append(local.first());
                f.path.addPolygon(QPolygonF(local));
                f.rings.append(std::move(local));
            }
        }
        const QRectF lb = f.path.boundingRect();
        f.boundsMercator =
            QRectF(lb.topLeft() / kLocalUnit + model->origin, lb.size() / kLocalUnit);
        model->features.append(std::move(f));
    }
    return model;
}

QTransform PolygonRenderModel::localToScreen(const geo::MapViewport &vp) const
{
    const double k = vp.scale() / kLocalUnit;
    const QPointF t = vp.mercatorToScreen(origin);
    return QTransform(k, 0, 0, k, t.x(), t.y());
}

int PolygonRenderModel::featureAt(const geo::MapViewport &vp, const QPointF &screen) const
{
    const QPointF local = localToScreen(vp).inverted().map(screen);
    for (int i = 0; i < features.size(); ++i)
        if (features[i].path.contains(local))
            return i;
    return -1;
}

void PolygonRenderModel::paintShapes(QPainter *painter, const geo::MapViewport &vp) const
{
    const QRectF visible = vp.visibleMercator();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QTransform base = painter->transform();
    painter->setTransform(localToScreen(vp) * base);
    QPen pen(line, 1.5);
    pen.setCosmetic(true); // constant pixel width at every zoom
    for (const Feature &f : features) {
        if (!f.boundsMercator.intersects(visible))
            continue;
        painter->setPen(pen);
        painter->setBrush(f.fill);
        painter->drawPath(f.path);
    }
    painter->restore();
}

void PolygonRenderModel::paintLabels(QPainter *painter, const geo::MapViewport &vp) const
{
    const QRectF visible = vp.visibleMercator();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPixelSize(15);
    font.setWeight(QFont::DemiBold);
    const QFontMetricsF fm(font);
    for (const Feature &f : features) {
        if (f.label.isEmpty() || !visible.contains(f.labelMercator))
            continue;
        const QPointF at = vp.mercatorToScreen(f.labelMercator);
        const QPointF baseline(at.x() - fm.horizontalAdvance(f.label) / 2,
                               at.y() + (fm.ascent() - fm.descent()) / 2);
        QPainterPath text;
        text.addText(baseline, font, f.label);
        painter->strokePath(text, QPen(labelHalo, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->fillPath(text, labelColor);
    }
    painter->restore();
}

} // namespace yiping::map
