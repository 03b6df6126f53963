#include "TrackGenerator.h"

#include "Clock.h"
#include "Names.h"

#include <algorithm>
#include <cmath>

namespace yiping::gen {

namespace {

struct Point
{
    qint64 at;
    QPointF location;
    const char *source;
    QByteArray place;
};

struct Haunt
{
    QPointF location;
    QByteArray name;
    const char *source;
};

QPointF jitter(QPointF p, double sigma, Random &rng)
{
    return p + QPointF(rng.normal(), rng.normal()) * sigma;
}

// The mobile operator's tower nearest `p`: towers on a ~1 km lattice.
QByteArray tower(QPointF p)
{
    const int x = int(std::floor(p.x() * 100)) % 1000;
    const int y = int(std::floor(p.y() * 100)) % 1000;
    return "移动基站" + QByteArray::number(x * 1000 + y);
}

class Day
{
public:
    explicit Day(Random &rng)
        : m_rng(rng)
    {}

    void cell(qint64 at, QPointF where)
    {
        const QPointF p = jitter(where, 0.003, m_rng);
        m_points.append({at, p, "cell", tower(p)});
    }

    // The way from `a` to `b`, seen by a few roadside sensors.
    void travel(qint64 start, QPointF a, QPointF b, const QByteArray &town)
    {
        const int steps = m_rng.between(2, 5);
        const qint64 duration = m_rng.between(15, 60) * 60;
        const QPointF bend = jitter((a + b) / 2, 0.01, m_rng);
        for (int s = 1; s <= steps; ++s) {
            const double t = double(s) / (steps + 1);
            // A quadratic curve through a bent midpoint: roads are not straight lines.
            const QPointF p = (1 - t) * (1 - t) * a + 2 * (1 - t) * t * bend + t * t * b;
            const qint64 at = start + qint64(t * double(duration));
            const int kind = m_rng.weighted({4.0, 3.0, 1.5, 2.0});
            const QByteArray road = names::road(m_rng);
            if (kind == 0)
                m_points.append({at, p, "face", town + road + "人脸抓拍点"});
            else if (kind == 1)
                m_points.append({at, p, "checkpoint", road + "治安卡口"});
            else if (kind == 2)
                m_points.append(
                    {at, p, "transport", "公交" + QByteArray::number(m_rng.between(1, 60)) + "路"});
            else
                cell(at, p);
        }
    }

    QList<Point> take() { return std::move(m_points); }

private:
    Random &m_rng;
    QList<Point> m_points;
};

QList<Point> oneDay(const World &world, const Person &person, qint64 day, QPointF work,
                    const QList<Haunt> &haunts, Random &rng)
{
    Day d(rng);
    const Region &home = world.regions[size_t(person.cell)];
    const QByteArray town = names::shortTown(world.regions[size_t(home.town)].name);
    for (int h = 0; h < 7; h += rng.between(2, 3))
        d.cell(day + h * kHour + rng.below(3600), person.home);
    const bool goesOut = rng.chance(0.75);
    if (goesOut) {
        d.travel(day + 7 * kHour + rng.below(5400), person.home, work, town);
        for (int h = 10; h < 17; h += rng.between(2, 3))
            d.cell(day + h * kHour + rng.below(3600), work);
        d.travel(day + 17 * kHour + rng.below(5400), work, person.home, town);
    } else {
        for (int h = 9; h < 19; h += rng.between(2, 4))
            d.cell(day + h * kHour + rng.below(3600), person.home);
    }
    QList<Point> points = d.take();
    if (!haunts.isEmpty() && rng.chance(0.3)) {
        const Haunt &haunt = haunts[rng.below(int(haunts.size()))];
        const qint64 at = day + 20 * kHour + rng.below(3 * 3600);
        points.append({at, jitter(haunt.location, 0.0002, rng), haunt.source, haunt.name});
    } else {
        points.append({day + 21 * kHour + rng.below(3 * 3600), jitter(person.home, 0.003, rng),
                       "cell", tower(person.home)});
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const Point &a, const Point &b) { return a.at < b.at; });
    return points;
}

} // namespace

void TrackGenerator::write(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(40);
    // The riskier a managed person, the likelier the platform watches them.
    QList<int> tracked;
    if (!world.persons.isEmpty()) {
        WeightedTable byRisk;
        for (const Person &p : world.persons)
            byRisk.add(p.released ? 0.2 : double(p.risk * p.risk));
        QList<bool> chosen(world.persons.size(), false);
        const int wanted = std::min<int>(world.scale.trackedPersons, int(world.persons.size()));
        while (tracked.size() < wanted) {
            const int p = byRisk.pick(rng);
            if (!chosen[p]) {
                chosen[p] = true;
                tracked.append(p);
            }
        }
        std::sort(tracked.begin(), tracked.end());
    }
    // Exactly scale.tracks points, shared unevenly among the tracked persons.
    QList<qint64> counts;
    qint64 assigned = 0;
    for (qsizetype i = 0; i < tracked.size(); ++i) {
        const qint64 left = world.scale.tracks - assigned;
        const qint64 remainingPersons = tracked.size() - i;
        qint64 n = remainingPersons == 1
                       ? left
                       : std::min(left, qint64(double(left) / double(remainingPersons) *
                                               rng.range(0.5, 1.5)));
        counts.append(n);
        assigned += n;
    }

    QList<int> hauntSites;
    for (int s = 0; s < world.sites.size(); ++s)
        if (world.sites[s].kind == "entertainment" || world.sites[s].kind == "rental_housing")
            hauntSites.append(s);

    out.beginSection("tracks", tracked.isEmpty() ? 0 : world.scale.tracks);
    qint64 id = 0;
    const qint64 yesterday = localDayStart(world.now) - kDay;
    for (qsizetype i = 0; i < tracked.size(); ++i) {
        const Person &person = world.persons[tracked[i]];
        Random prng = rng.fork(quint64(tracked[i]));
        const QPointF work =
            world.sites.isEmpty()
                ? jitter(person.home, 0.02, prng)
                : jitter(world.sites[prng.below(int(world.sites.size()))].location, 0.0005, prng);
        QList<Haunt> haunts;
        for (int h = prng.below(3); h > 0 && !hauntSites.isEmpty(); --h) {
            const Site &s = world.sites[hauntSites[prng.below(int(hauntSites.size()))]];
            const bool cafe = s.kind == "entertainment";
            haunts.append({s.location, cafe ? s.name : names::placeWord(prng) + "宾馆",
                           cafe ? "internet_cafe" : "hotel"});
        }
        // Whole days backwards from yesterday until the person's count is reached.
        QList<QList<Point>> days;
        qint64 have = 0;
        for (qint64 day = yesterday; have < counts[i]; day -= kDay) {
            days.append(oneDay(world, person, day, work, haunts, prng));
            have += days.last().size();
        }
        qint64 skip = have - counts[i]; // the oldest day loses its earliest points
        for (qsizetype d = days.size() - 1; d >= 0; --d) {
            for (const Point &p : std::as_const(days[d])) {
                if (skip > 0) {
                    --skip;
                    continue;
                }
                Json &j = out.beginRecord(makeId("t", ++id, 8), p.at, "restricted");
                j.key("person_id").str(person.id);
                j.key("at").time(p.at);
                j.key("location").lonLat(p.location);
                j.key("source").str(p.source);
                j.key("place").str(p.place);
                out.endRecord();
            }
        }
    }
}

} // namespace yiping::gen
