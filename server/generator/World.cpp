#include "World.h"

#include "Names.h"

#include <cmath>

namespace yiping::gen {

bool Scale::byName(QByteArrayView name, Scale *out)
{
    Scale s;
    s.name = name.toByteArray();
    s.towns = 50;
    s.cells = 3000;
    s.persons = 20000;
    s.sites = 8000;
    s.orgs = 2000;
    s.events = 300000;
    s.cases = 60000;
    s.disputes = 40000;
    s.services = 30000;
    s.tracks = 2000000;
    s.trackedPersons = 4000;
    s.relations = 150000;
    s.alerts = 3000;
    if (name == "small") {
        // Towns stay at least two per district so that every level has siblings.
        s.towns = 15;
        s.cells = 150;
        s.persons /= 20;
        s.sites /= 20;
        s.orgs /= 20;
        s.events /= 20;
        s.cases /= 20;
        s.disputes /= 20;
        s.services /= 20;
        s.tracks /= 20;
        s.trackedPersons /= 20;
        s.relations /= 20;
        s.alerts /= 20;
    } else if (name == "stress") {
        s.events *= 10;
        s.tracks *= 10;
        s.trackedPersons *= 5;
    } else if (name != "city") {
        return false;
    }
    *out = s;
    return true;
}

namespace {

QPointF rounded(QPointF p)
{
    return QPointF(std::round(p.x() * 1e6) / 1e6, std::round(p.y() * 1e6) / 1e6);
}

} // namespace

QPointF World::pointIn(const Region &region, Random &rng, QPointF near, double sigma) const
{
    auto inside = [&](QPointF p) {
        return GEOSPreparedContainsXY_r(geos::ctx(), region.prepared.get(), p.x(), p.y()) == 1;
    };
    if (sigma > 0) {
        for (int i = 0; i < 12; ++i) {
            const QPointF p = rounded(near + QPointF(rng.normal(), rng.normal()) * sigma);
            if (inside(p))
                return p;
        }
    }
    const QRectF &b = region.bounds;
    for (int i = 0; i < 500; ++i) {
        const QPointF p =
            rounded(QPointF(rng.range(b.left(), b.right()), rng.range(b.top(), b.bottom())));
        if (inside(p))
            return p;
    }
    // A sliver-shaped region that rejection keeps missing: its interior point, which
    // rounding may push out only in theory; the region generator checked it.
    return region.centroid;
}

QByteArray World::address(int cell, Random &rng) const
{
    const Region &c = regions[size_t(cell)];
    const Region &t = regions[size_t(c.town)];
    QByteArray a = t.name + rng.pick(t.roads) + QByteArray::number(rng.between(1, 399)) + "号";
    if (rng.chance(0.6))
        a += QByteArray::number(rng.between(1, 30)) + "栋" +
             QByteArray::number(rng.between(1, 28)) + "0" + QByteArray::number(rng.between(1, 6)) +
             "室";
    return a;
}

const Region &World::districtOf(int regionIndex) const
{
    const Region &r = regions[size_t(regionIndex)];
    return r.level == 2 ? r : regions[size_t(r.district)];
}

} // namespace yiping::gen
