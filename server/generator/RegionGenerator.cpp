#include "RegionGenerator.h"

#include "Clock.h"
#include "IdNumbers.h"
#include "Names.h"

#include "geo/BoundaryReader.h"

#include <algorithm>
#include <cmath>

namespace yiping::gen {

namespace {

constexpr double kCityPopulation = 3210000; // Putian, 2020 census
constexpr double kKmPerDegree = 111.32;

double areaKm2(const GEOSGeometry *g, double lat)
{
    return geos::area(g) * kKmPerDegree * kKmPerDegree * std::cos(lat * M_PI / 180.0);
}

// Splits `total` into integer shares proportional to `weights` (largest remainder), each
// at least `minimum`.
QList<int> apportion(const QList<double> &weights, int total, int minimum)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    const int n = int(weights.size());
    const int free = std::max(0, total - minimum * n);
    QList<int> out(n, minimum);
    QList<std::pair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < n; ++i) {
        const double exact = free * weights[i] / sum;
        out[i] += int(exact);
        given += int(exact);
        remainders.append({exact - int(exact), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < free - given && i < n; ++i)
        ++out[remainders[i].second];
    return out;
}

// `count` distinct seeds inside `area`: a share drawn around `core` (urban concentration),
// the rest uniform, kept apart so that no cell degenerates into a sliver.
QList<QPointF> seedsIn(const Region &area, QPointF core, int count, double concentrated,
                       Random &rng)
{
    const double spread = std::sqrt(geos::area(area.geometry.get()));
    double minDistance = 0.45 * spread / std::sqrt(double(count));
    if (GEOSPreparedContainsXY_r(geos::ctx(), area.prepared.get(), core.x(), core.y()) != 1)
        core = area.centroid;
    QList<QPointF> seeds{core};
    int failures = 0;
    while (seeds.size() < count) {
        QPointF p;
        if (rng.chance(concentrated))
            p = core + QPointF(rng.normal(), rng.normal()) * (0.3 * spread);
        else
            p = QPointF(rng.range(area.bounds.left(), area.bounds.right()),
                        rng.range(area.bounds.top(), area.bounds.bottom()));
        bool ok = GEOSPreparedContainsXY_r(geos::ctx(), area.prepared.get(), p.x(), p.y()) == 1;
        for (qsizetype i = 0; ok && i < seeds.size(); ++i) {
            const QPointF d = seeds[i] - p;
            ok = std::hypot(d.x(), d.y()) >= minDistance;
        }
        if (ok) {
            seeds.append(p);
        } else if (++failures % 200 == 0) {
            minDistance *= 0.85;
        }
    }
    return seeds;
}

void finish(World &world, Region &r, Random &rng)
{
    r.prepared = geos::Prepared(GEOSPrepare_r(geos::ctx(), r.geometry.get()));
    r.bounds = geos::bounds(r.geometry.get());
    r.areaKm2 = areaKm2(r.geometry.get(), r.bounds.center().y());
    const QPointF inner = geos::pointOnSurface(r.geometry.get());
    const QPointF rounded(std::round(inner.x() * 1e6) / 1e6, std::round(inner.y() * 1e6) / 1e6);
    r.centroid = rounded;
    if (GEOSPreparedContainsXY_r(geos::ctx(), r.prepared.get(), rounded.x(), rounded.y()) != 1)
        r.centroid = world.pointIn(r, rng);
}

QByteArray threeDigits(int n)
{
    const QByteArray s = QByteArray::number(n);
    return QByteArray(3 - s.size(), '0') + s;
}

// Splits `parent` into `count` children by Voronoi; returns their region indices.
QList<int> partition(World &world, int parentIndex, int count, double concentrated, Random &rng)
{
    QList<QPointF> seeds;
    {
        const Region &parent = world.regions[size_t(parentIndex)];
        seeds = seedsIn(parent, parent.core, count, concentrated, rng);
        // Nearest the core first: the first children are the urban ones.
        const QPointF core = parent.core;
        std::stable_sort(seeds.begin(), seeds.end(), [core](QPointF a, QPointF b) {
            return std::hypot(a.x() - core.x(), a.y() - core.y()) <
                   std::hypot(b.x() - core.x(), b.y() - core.y());
        });
    }
    std::vector<geos::Geom> cells =
        geos::voronoiPartition(world.regions[size_t(parentIndex)].geometry.get(), seeds);
    QList<int> out;
    for (size_t i = 0; i < cells.size(); ++i) {
        if (!cells[i])
            continue;
        const Region &parent = world.regions[size_t(parentIndex)];
        Region child;
        child.level = parent.level + 1;
        child.parent = parentIndex;
        child.district = parent.level == 2 ? parentIndex : parent.district;
        child.town = parent.level == 3 ? parentIndex : -1;
        child.geometry = std::move(cells[i]);
        child.core = seeds[qsizetype(i)];
        world.regions.push_back(std::move(child));
        finish(world, world.regions.back(), rng);
        out.append(int(world.regions.size() - 1));
    }
    return out;
}

} // namespace

bool RegionGenerator::build(World &world, const CityManifest &city, QString *error)
{
    const auto read = geo::BoundaryReader::read(city.districtsPath);
    if (!read.ok()) {
        *error = read.error;
        return false;
    }
    QList<geo::Boundary> boundaries = read.boundaries;
    std::stable_sort(boundaries.begin(), boundaries.end(),
                     [](const auto &a, const auto &b) { return a.code < b.code; });
    Random rng = world.rng(1);

    world.regions.reserve(
        size_t(1 + boundaries.size() + world.scale.towns + world.scale.cells + 64));
    Region cityRegion;
    cityRegion.level = 1;
    cityRegion.code = city.code.toUtf8();
    cityRegion.name = city.name.toUtf8();
    world.regions.push_back(std::move(cityRegion));

    // Boundaries digitised for a web map overlap a little along shared borders; each
    // district gives up what earlier ones already hold, so siblings never overlap.
    geos::Geom taken;
    for (const geo::Boundary &b : boundaries) {
        geos::Geom g = geos::fromShape(b.shape);
        if (!g)
            continue;
        if (taken) {
            g = geos::polygonal(geos::difference(g.get(), taken.get()), 1e-9);
            if (!g)
                continue;
            taken = geos::unionOf({taken.get(), g.get()});
        } else {
            taken.reset(GEOSGeom_clone_r(geos::ctx(), g.get()));
        }
        Region d;
        d.level = 2;
        d.parent = 0;
        d.code = b.code.toUtf8();
        d.name = b.name.toUtf8();
        d.geometry = std::move(g);
        d.core = b.labelPoint;
        world.regions.push_back(std::move(d));
        world.districts.append(int(world.regions.size() - 1));
        finish(world, world.regions.back(), rng);
        world.regions.back().district = world.districts.last();
    }
    if (world.districts.isEmpty()) {
        *error = QStringLiteral("no usable district in %1").arg(city.districtsPath);
        return false;
    }
    world.regions[0].geometry = std::move(taken);
    finish(world, world.regions[0], rng);
    world.center = world.regions[0].bounds.center();

    QList<double> districtAreas;
    for (int d : std::as_const(world.districts))
        districtAreas.append(world.regions[size_t(d)].areaKm2);
    const QList<int> townCounts = apportion(districtAreas, world.scale.towns, 2);
    for (qsizetype k = 0; k < world.districts.size(); ++k) {
        const int d = world.districts[k];
        const QList<QByteArray> real = names::realTowns(world.regions[size_t(d)].code);
        const QList<int> towns = partition(world, d, townCounts[k], 0.5, rng);
        int streets = 0, villages = 0;
        for (qsizetype i = 0; i < towns.size(); ++i) {
            Region &t = world.regions[size_t(towns[i])];
            t.name = i < real.size() ? real[i] : names::syntheticTown(rng, false);
            // Codes as in GB/T 10114: streets 001-099, towns 100-199, townships 200-299.
            const bool street = t.name.endsWith("街道");
            t.code = world.regions[size_t(d)].code + threeDigits(street ? ++streets
                                                                 : t.name.endsWith("乡")
                                                                     ? 200 + ++villages
                                                                     : 100 + int(i) + 1);
            for (int r = 0; r < 8; ++r)
                t.roads.append(names::road(rng));
            const QPointF dc = world.regions[size_t(d)].core - t.centroid;
            t.density = 350 + 6000 * std::exp(-std::hypot(dc.x(), dc.y()) / 0.06);
            t.population = qint64(t.density * t.areaKm2);
            world.towns.append(towns[i]);
        }
    }
    double total = 0;
    for (int t : std::as_const(world.towns))
        total += double(world.regions[size_t(t)].population);

    QList<double> townWeights;
    for (int t : std::as_const(world.towns)) {
        Region &town = world.regions[size_t(t)];
        town.population = qint64(double(town.population) * kCityPopulation / total);
        townWeights.append(double(town.population));
    }
    const QList<int> cellCounts = apportion(townWeights, world.scale.cells, 1);
    world.cellSlot = QList<int>(qsizetype(world.regions.size() + world.scale.cells + 64), -1);
    for (qsizetype k = 0; k < world.towns.size(); ++k) {
        const int t = world.towns[k];
        const QList<int> cells = partition(world, t, cellCounts[k], 0.6, rng);
        QList<double> shares;
        for (int c : cells)
            shares.append(std::pow(world.regions[size_t(c)].areaKm2, 0.3) * rng.range(0.6, 1.4));
        const QList<int> pops = apportion(shares, int(world.regions[size_t(t)].population), 50);
        QByteArray community;
        int inCommunity = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            Region &c = world.regions[size_t(cells[i])];
            if (inCommunity == 0 || inCommunity >= rng.between(4, 7)) {
                community = names::placeWord(rng) + "社区";
                inCommunity = 0;
            }
            ++inCommunity;
            c.code = world.regions[size_t(t)].code + threeDigits(int(i) + 1);
            c.name = community + "第" + QByteArray::number(inCommunity) + "网格";
            c.population = pops[i];
            c.households = qint64(double(c.population) / rng.range(2.6, 3.3));
            c.density = double(c.population) / std::max(0.01, c.areaKm2);
            const bool male = rng.chance(0.45);
            c.officerName = names::person(rng, male);
            c.officerPhone = ids::mobile(rng);
            world.cellSlot[cells[i]] = int(world.cells.size());
            world.cells.append(cells[i]);
            world.cellsByPopulation.add(double(c.population));
        }
    }
    world.cellSlot.resize(qsizetype(world.regions.size()));

    // Totals roll up so that every level agrees with its children.
    for (int t : std::as_const(world.towns)) {
        world.regions[size_t(t)].population = 0;
        world.regions[size_t(t)].households = 0;
    }
    for (int c : std::as_const(world.cells)) {
        const Region &cell = world.regions[size_t(c)];
        for (int up = cell.parent; up >= 0; up = world.regions[size_t(up)].parent) {
            world.regions[size_t(up)].population += cell.population;
            world.regions[size_t(up)].households += cell.households;
        }
    }
    for (Region &r : world.regions) {
        r.id = "r-" + r.code;
        if (r.level < 4)
            r.density = double(r.population) / std::max(0.01, r.areaKm2);
    }
    return true;
}

void RegionGenerator::write(const World &world, DatasetWriter &out)
{
    out.beginSection("regions", qint64(world.regions.size()));
    const qint64 updated = world.now - 30 * kDay;
    for (const Region &r : world.regions) {
        Json &j = out.beginRecord(r.id, updated, "public");
        j.key("code").str(r.code);
        j.key("name").str(r.name);
        j.key("level").integer(r.level);
        j.key("parent_id");
        if (r.parent < 0)
            j.null();
        else
            j.str(world.regions[size_t(r.parent)].id);
        j.key("geometry");
        geos::writeGeoJson(j, r.geometry.get());
        j.key("centroid").lonLat(r.centroid);
        j.key("population").integer(r.population);
        j.key("households").integer(r.households);
        if (r.level == 4) {
            j.key("officer").beginObject();
            j.key("name").str(r.officerName);
            j.key("phone").str(r.officerPhone);
            j.endObject();
        }
        out.endRecord();
    }
}

} // namespace yiping::gen
