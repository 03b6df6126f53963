#include "map/PolygonRenderModel.h"

#include "Theme.h"
#include "geo/Triangulation.h"
#include "geo/WebMercator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

#include <cmath>
#include <functional>
#include <limits>

namespace yiping::map {

namespace {

// Twice the distance from `p` to the nearest ring edge along the horizontal and the
// vertical line through it: the largest label box centred on p that stays inside.
QSizeF roomAround(const QPointF &p, const QList<QList<QPointF>> &rings)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    double left = inf, right = inf, up = inf, down = inf;
    for (const QList<QPointF> &ring : rings) {
        for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
            const QPointF a = ring[i], b = ring[i + 1];
            if ((a.y() - p.y()) * (b.y() - p.y()) <= 0 && a.y() != b.y()) {
                const double x = a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                if (x >= p.x())
                    right = std::min(right, x - p.x());
                else
                    left = std::min(left, p.x() - x);
            }
            if ((a.x() - p.x()) * (b.x() - p.x()) <= 0 && a.x() != b.x()) {
                const double y = a.y() + (p.x() - a.x()) * (b.y() - a.y()) / (b.x() - a.x());
                if (y >= p.y())
                    down = std::min(down, y - p.y());
                else
                    up = std::min(up, p.y() - y);
            }
        }
    }
    const double w = 2 * std::min(left, right), h = 2 * std::min(up, down);
    return QSizeF(std::isfinite(w) ? w : 0, std::isfinite(h) ? h : 0);
}

// Grid cells are mostly convex rings without holes: those are fanned here directly, which
// is far cheaper than GEOS' validation and constrained Delaunay triangulation (3,000 cells
// would otherwise take seconds). Returns false when the ring is not strictly convex.
bool fanConvex(const geo::GeoPolygon &polygon,
               const std::function<QPointF(const QPointF &)> &project, QList<QPointF> &out)
{
    if (polygon.rings.size() != 1)
        return false;
    QList<QPointF> ring;
    ring.reserve(polygon.rings.first().size());
    for (const QPointF &p : polygon.rings.first())
        ring.append(project(p));
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    const qsizetype n = ring.size();
    if (n < 3)
        return false;
    int sign = 0;
    double turning = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = ring[i], b = ring[(i + 1) % n], c = ring[(i + 2) % n];
        const QPointF u = b - a, v = c - b;
        const double cross = u.x() * v.y() - u.y() * v.x();
        if (cross == 0)
            return false; // repeated or collinear points: let GEOS sort it out
        const int s = cross > 0 ? 1 : -1;
        if (sign != 0 && s != sign)
            return false;
        sign = s;
        turning += std::atan2(cross, u.x() * v.x() + u.y() * v.y());
    }
    if (std::abs(std::abs(turning) - 2 * M_PI) > 1e-6)
        return false; // winds more than once: a star, not a convex ring
    for (qsizetype i = 1; i + 1 < n; ++i) {
        out.append(ring[0]);
        out.append(ring[i]);
        out.append(ring[i + 1]);
    }
    return true;
}

} // namespace

QFont PolygonRenderModel::labelFont(int pixelSize)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setWeight(QFont::DemiBold);
    return font;
}

std::shared_ptr<const PolygonRenderModel>
PolygonRenderModel::build(const QList<geo::Boundary> &boundaries, const QColor &fill,
                          const QColor &line, int labelPixelSize, double lineWidthPx)
{
    auto model = std::make_shared<PolygonRenderModel>();
    model->line = line;
    model->labelColor = theme::labelText;
    model->labelHalo = theme::labelHalo;
    model->labelPixelSize = labelPixelSize;
    model->lineWidthPx = lineWidthPx;
    for (const geo::Boundary &b : boundaries)
        model->boundsLonLat = model->boundsLonLat.isNull()
                                  ? geo::boundsOf(b.shape)
                                  : model->boundsLonLat.united(geo::boundsOf(b.shape));
    const QPointF a = geo::WebMercator::project(model->boundsLonLat.topLeft());
    const QPointF c = geo::WebMercator::project(model->boundsLonLat.bottomRight());
    model->boundsMercator = QRectF(a, c).normalized();
    model->origin = model->boundsMercator.center();

    const QFontMetricsF fm(labelFont(labelPixelSize));
    const auto toLocal = [&](const QPointF &lonLat) {
        return model->toLocal(geo::WebMercator::project(lonLat));
    };
    model->features.reserve(boundaries.size());
    for (const geo::Boundary &b : boundaries) {
        Feature f;
        f.code = b.code;
        f.label = b.name;
        f.labelMercator = geo::WebMercator::project(b.labelPoint);
        f.fill = fill;
        f.path.setFillRule(Qt::OddEvenFill);
        for (const geo::GeoPolygon &polygon : b.shape) {
            if (!fanConvex(polygon, toLocal, f.triangles))
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
        f.labelRoomMercator = roomAround(model->toLocal(f.labelMercator), f.rings) / kLocalUnit;
        // The halo adds a pixel or two around the glyphs.
        f.labelSizePx = QSizeF(fm.horizontalAdvance(f.label) + 4, fm.ascent() + fm.descent());
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
    const QPointF mercator = local / kLocalUnit + origin;
    for (int i = 0; i < features.size(); ++i)
        if (features[i].boundsMercator.contains(mercator) && features[i].path.contains(local))
            return i;
    return -1;
}

bool PolygonRenderModel::labelShown(qsizetype i, const geo::MapViewport &vp) const
{
    const Feature &f = features[i];
    if (f.label.isEmpty() || !vp.visibleMercator().contains(f.labelMercator))
        return false;
    const double s = vp.scale();
    return f.labelSizePx.width() <= f.labelRoomMercator.width() * s &&
           f.labelSizePx.height() <= f.labelRoomMercator.height() * s;
}

void PolygonRenderModel::paintShapes(QPainter *painter, const geo::MapViewport &vp) const
{
    paintShapes(painter, vp, Style());
}

void PolygonRenderModel::paintShapes(QPainter *painter, const geo::MapViewport &vp,
                                     const Style &style) const
{
    const QRectF visible = vp.visibleMercator();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QTransform base = painter->transform();
    painter->setTransform(localToScreen(vp) * base);
    QPen pen(line, lineWidthPx);
    pen.setCosmetic(true); // constant pixel width at every zoom
    for (qsizetype i = 0; i < features.size(); ++i) {
        const Feature &f = features[i];
        if (!f.boundsMercator.intersects(visible))
            continue;
        painter->setPen(pen);
        painter->setBrush(style.fillOf(*this, i));
        painter->drawPath(f.path);
    }
    QPen selection(theme::accent, kSelectionWidthPx);
    selection.setCosmetic(true);
    painter->setPen(selection);
    painter->setBrush(Qt::NoBrush);
    for (const qsizetype i : style.selected)
        if (i >= 0 && i < features.size())
            painter->drawPath(features[i].path);
    painter->restore();
}

void PolygonRenderModel::paintLabels(QPainter *painter, const geo::MapViewport &vp) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = labelFont(labelPixelSize);
    const QFontMetricsF fm(font);
    for (qsizetype i = 0; i < features.size(); ++i) {
        if (!labelShown(i, vp))
            continue;
        const Feature &f = features[i];
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
