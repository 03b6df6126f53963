#pragma once

#include "DatasetWriter.h"
#include "GeosUtil.h"
#include "Random.h"
#include "domain/Enums.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace yiping::gen {

// How many of each collection one scale holds. `small` is about 1/20 of `city`; `stress`
// is `city` with ten times the events and tracks.
struct Scale
{
    QByteArray name;
    int towns = 0;
    int cells = 0;
    int persons = 0;
    int sites = 0;
    int orgs = 0;
    qint64 events = 0;
    int cases = 0;
    int disputes = 0;
    int services = 0;
    qint64 tracks = 0;
    int trackedPersons = 0;
    int relations = 0;
    int alerts = 0;

    static bool byName(QByteArrayView name, Scale *out);
};

struct Region
{
    QByteArray id;
    QByteArray code;
    QByteArray name;
    int level = 0;
    int parent = -1; // index into World::regions
    int district = -1;
    int town = -1;
    geos::Geom geometry;
    geos::Prepared prepared;
    QRectF bounds;
    QPointF centroid; // a point inside
    QPointF core;     // where the population concentrates (districts and towns)
    qint64 population = 0;
    qint64 households = 0;
    double density = 0; // people per km²
    double areaKm2 = 0;
    QByteArray officerName;
    QByteArray officerPhone;
    QList<QByteArray> roads; // towns: for addresses
};

struct Person
{
    QByteArray id;
    QByteArray name;
    int cell = -1;
    domain::PersonCategory category = domain::PersonCategory::Other;
    int risk = 1;
    int community = -1;
    bool male = true;
    bool released = false; // 撤管: no longer managed
    QPointF home;
    QList<QByteArray> tags;
};

struct Site
{
    QByteArray id;
    QByteArray name;
    QByteArray kind;
    int cell = -1;
    QPointF location;
    double attraction = 0; // weight as a hot spot for events
};

struct OverdueCase
{
    int index = 0;
    int cell = -1;
    qint64 due = 0;
    QByteArray caseNo;
};

struct Org
{
    QByteArray id;
    int cell = -1;
    QPointF location;
};

// What the generators share: the scale, the clock, the regions and the entities later
// collections refer to. Streams (events, tracks) are written and forgotten.
struct World
{
    Scale scale;
    quint64 seed = 0;
    qint64 now = 0;
    std::vector<Region> regions; // city, districts, towns, cells
    QList<int> districts, towns, cells;
    WeightedTable cellsByPopulation;
    QPointF center;

    QList<Person> persons;
    QList<QList<int>> personsByCell; // indexed by position in `cells`
    QList<QList<int>> communities;   // person indices densely linked to each other
    QList<int> cellSlot;             // region index → position in `cells` (or -1)
    QList<Site> sites;
    QList<Org> orgs;

    // Filled while writing, read by later sections.
    QList<std::pair<int, int>> casePersons;  // (case index, person index)
    QList<std::pair<int, int>> eventPersons; // (event index, person index)
    QList<OverdueCase> overdueCases;

    Random rng(quint64 tag) const { return Random(seed, tag); }

    // A point inside `region` rounded to the written precision (6 decimals), drawn near
    // `near` when sigma > 0 (degrees), else uniformly.
    QPointF pointIn(const Region &region, Random &rng, QPointF near = {}, double sigma = 0) const;
    QByteArray address(int cell, Random &rng) const;
    const Region &districtOf(int regionIndex) const;
};

} // namespace yiping::gen
