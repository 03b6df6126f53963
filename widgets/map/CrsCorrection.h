#pragma once

#include "domain/Enums.h"
#include "geo/MapViewport.h"

#include <QPointF>
#include <QTransform>

namespace yiping::map {

// Draws data in one datum over basemap tiles in another: GCJ-02 data (what Chinese
// agencies hold) over WGS-84 tiles (OpenStreetMap-style servers), or the reverse. The two
// differ by a few hundred metres that vary smoothly, so for one view the data-to-basemap
// mapping is replaced by an affine map fitted at the view: a translation (moving the
// camera's centre into the data's datum) and a linear part close to identity (a shear and
// scale of a few parts per thousand). Layers keep their geometry; only the camera they
// draw for moves, and the linear part is one transform over what they draw.
//
// Why an affine per view is accurate enough. The GCJ-02 offset is a sum of sines whose
// shortest period is 1/3 degree (~37 km) with amplitudes of ~13 m, so over a view a few
// kilometres wide its second-order term is tiny. Measured over Putian on a 1920x1080 view
// (tst_basemap_crs, against Gcj02 applied point by point, at the view's corners and edge
// midpoints): zoom 18 ≤ 0.17 px, zoom 17 ≤ 0.34 px, zoom 16 ≤ 0.7 px; a translation
// alone would be off by up to 4.7 px at the same corners (the linear part's shear is
// ~3.4e-3). At zoom 12–15 the view spans 5–40 km and the affine stays within ~2.5 px,
// where a pixel is 5–40 m.
class CrsCorrection
{
public:
    CrsCorrection() = default; // none: data and basemap share a datum, or there is no basemap
    CrsCorrection(domain::Crs data, domain::Crs basemap);

    bool isIdentity() const { return m_shift == Shift::None; }

    // Exact, point by point (longitude, latitude in degrees).
    QPointF dataToBasemap(const QPointF &lonLat) const;
    QPointF basemapToData(const QPointF &lonLat) const;

    // The correction for one camera of the basemap (the Map's centre, zoom and size).
    struct View
    {
        // The camera in the data's datum: same zoom and size, the centre moved. Layers draw
        // and hit-test with it.
        geo::MapViewport data;
        // From the pixels drawn for `data` to the view's pixels, about the view's centre:
        // the linear part of the fitted affine (identity when there is no correction).
        QTransform linear;

        // A view pixel to the layers' pixel under it, and on to the data's coordinates.
        QPointF toLayerPixel(const QPointF &viewPixel) const;
    };
    View at(const geo::MapViewport &camera) const;

private:
    enum class Shift { None, WgsToGcj, GcjToWgs }; // data -> basemap
    Shift m_shift = Shift::None;
};

} // namespace yiping::map
