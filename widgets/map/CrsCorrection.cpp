#include "map/CrsCorrection.h"

#include "geo/Gcj02.h"
#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>

namespace yiping::map {

namespace {

// CGCS2000, the national frame, is within centimetres of WGS-84: both are "not GCJ-02".
bool isGcj(domain::Crs crs)
{
    return crs == domain::Crs::Gcj02;
}

bool isKnown(domain::Crs crs)
{
    return crs != domain::Crs::Unknown;
}

} // namespace

CrsCorrection::CrsCorrection(domain::Crs data, domain::Crs basemap)
{
    // An unknown datum is drawn as it is: guessing a shift would move correct data.
    if (!isKnown(data) || !isKnown(basemap) || isGcj(data) == isGcj(basemap))
        m_shift = Shift::None;
    else
        m_shift = isGcj(data) ? Shift::GcjToWgs : Shift::WgsToGcj;
}

QPointF CrsCorrection::dataToBasemap(const QPointF &lonLat) const
{
    switch (m_shift) {
    case Shift::None:
        return lonLat;
    case Shift::WgsToGcj:
        return geo::Gcj02::fromWgs84(lonLat);
    case Shift::GcjToWgs:
        return geo::Gcj02::toWgs84(lonLat);
    }
    return lonLat;
}

QPointF CrsCorrection::basemapToData(const QPointF &lonLat) const
{
    switch (m_shift) {
    case Shift::None:
        return lonLat;
    case Shift::WgsToGcj:
        return geo::Gcj02::toWgs84(lonLat);
    case Shift::GcjToWgs:
        return geo::Gcj02::fromWgs84(lonLat);
    }
    return lonLat;
}

QPointF CrsCorrection::View::toLayerPixel(const QPointF &viewPixel) const
{
    if (linear.isIdentity())
        return viewPixel;
    return linear.inverted().map(viewPixel);
}

CrsCorrection::View CrsCorrection::at(const geo::MapViewport &camera) const
{
    View view{camera, QTransform()};
    if (m_shift == Shift::None || camera.size().isEmpty())
        return view;
    const auto toBasemap = [this](const QPointF &mercator) {
        return geo::WebMercator::project(dataToBasemap(geo::WebMercator::unproject(mercator)));
    };
    // The translation: the data point under the view's centre.
    const QPointF centre = geo::WebMercator::project(basemapToData(camera.centerLonLat()));
    view.data = geo::MapViewport(geo::WebMercator::unproject(centre), camera.zoom(), camera.size());
    // The linear part: central differences across the view (a secant fit over the view, not
    // the tangent at its centre, so the error is spread over the whole view). Capped at
    // ~40 km: beyond, the offset is far below a pixel anyway.
    const double scale = camera.scale();
    const double hx = std::min(camera.size().width() / 2 / scale, 1e-3);
    const double hy = std::min(camera.size().height() / 2 / scale, 1e-3);
    const QPointF ex(hx, 0), ey(0, hy);
    const QPointF dx = (toBasemap(centre + ex) - toBasemap(centre - ex)) / (2 * hx);
    const QPointF dy = (toBasemap(centre + ey) - toBasemap(centre - ey)) / (2 * hy);
    // Screen pixels are Mercator units times one scale with the same axes, so the Jacobian
    // in Mercator is the one in pixels; applied about the view's centre.
    const double cx = camera.size().width() / 2, cy = camera.size().height() / 2;
    view.linear = QTransform(dx.x(), dx.y(), dy.x(), dy.y(), cx - (dx.x() * cx + dy.x() * cy),
                             cy - (dx.y() * cx + dy.y() * cy));
    return view;
}

} // namespace yiping::map
