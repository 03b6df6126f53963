#include "SiteGenerator.h"

#include "Clock.h"
#include "IdNumbers.h"
#include "Names.h"

#include <cmath>

namespace yiping::gen {

namespace {

enum class Where { Dense, Core, Edge, Anywhere, People };

struct KindProfile
{
    const char *kind;
    double share;
    Where where;
    int minRisk, maxRisk;
    int minCapacity, maxCapacity;
    double attraction; // weight as an event hot spot
    double footprint;  // chance of a footprint polygon
    const char *const *suffixes;
    int suffixCount;
};

const char *const kSchool[] = {"小学", "中心小学", "中学", "实验学校", "幼儿园", "职业中专"};
const char *const kHospital[] = {"卫生院", "社区卫生服务中心", "医院", "中医院", "诊所"};
const char *const kHazmat[] = {"加油站", "化工有限公司", "液化气储配站", "烟花爆竹仓库",
                               "危化品仓库"};
const char *const kHub[] = {"汽车站", "公交枢纽", "高铁站", "客运码头", "货运站"};
const char *const kFun[] = {"KTV", "网吧", "酒吧", "洗浴中心", "歌舞厅", "电竞馆"};
const char *const kRental[] = {"出租屋", "公寓", "城中村出租房", "员工宿舍"};
const char *const kReligious[] = {"妈祖宫", "寺", "宫", "教堂", "祠堂"};
const char *const kGovernment[] = {"派出所", "司法所", "综治中心", "便民服务中心", "人民法庭"};
const char *const kMarket[] = {"农贸市场", "商场", "批发市场", "步行街", "夜市"};
const char *const kPower[] = {"110kV变电站", "35kV变电站", "配电站"};
const char *const kWater[] = {"水厂", "水库", "加压泵站"};
const char *const kGas[] = {"燃气调压站", "天然气门站", "燃气管网阀室"};
const char *const kOther[] = {"物流园", "建筑工地", "大型停车场", "体育馆"};

#define SUFFIXES(a) a, int(std::size(a))
const KindProfile kKinds[] = {
    {"school", 10, Where::Dense, 2, 3, 300, 3000, 0.5, 0.6, SUFFIXES(kSchool)},
    {"hospital", 4, Where::Dense, 2, 3, 50, 1500, 1.5, 0.6, SUFFIXES(kHospital)},
    {"hazmat", 6, Where::Edge, 3, 4, 5, 200, 0.3, 0.7, SUFFIXES(kHazmat)},
    {"transport_hub", 3, Where::Core, 2, 3, 500, 20000, 6.0, 0.6, SUFFIXES(kHub)},
    {"entertainment", 12, Where::Core, 2, 3, 50, 800, 4.0, 0.1, SUFFIXES(kFun)},
    {"rental_housing", 25, Where::Dense, 1, 3, 10, 300, 1.0, 0.0, SUFFIXES(kRental)},
    {"religious", 8, Where::People, 1, 2, 50, 2000, 0.6, 0.3, SUFFIXES(kReligious)},
    {"government", 6, Where::People, 1, 2, 20, 500, 0.8, 0.5, SUFFIXES(kGovernment)},
    {"market", 8, Where::Core, 2, 3, 200, 5000, 5.0, 0.5, SUFFIXES(kMarket)},
    {"power", 4, Where::Anywhere, 2, 3, 0, 0, 0.1, 0.4, SUFFIXES(kPower)},
    {"water", 3, Where::Anywhere, 2, 3, 0, 0, 0.1, 0.4, SUFFIXES(kWater)},
    {"gas", 3, Where::Edge, 3, 4, 0, 0, 0.1, 0.4, SUFFIXES(kGas)},
    {"other", 8, Where::People, 1, 2, 20, 2000, 0.5, 0.2, SUFFIXES(kOther)},
};
#undef SUFFIXES

const KindProfile &profileOf(const QByteArray &kind)
{
    for (const KindProfile &k : kKinds)
        if (kind == k.kind)
            return k;
    return kKinds[std::size(kKinds) - 1];
}

double cellWeight(const Region &cell, Where where)
{
    const double pop = double(cell.population);
    switch (where) {
    case Where::Dense:
        return pop * std::sqrt(cell.density);
    case Where::Core:
        return pop * cell.density;
    case Where::Edge:
        return cell.areaKm2 / (cell.density + 100);
    case Where::Anywhere:
        return cell.areaKm2 + 1;
    case Where::People:
        return pop;
    }
    return pop;
}

} // namespace

void SiteGenerator::build(World &world)
{
    Random rng = world.rng(4);
    QList<WeightedTable> tables;
    double shares[std::size(kKinds)];
    for (size_t k = 0; k < std::size(kKinds); ++k) {
        WeightedTable table;
        for (int c : std::as_const(world.cells))
            table.add(cellWeight(world.regions[size_t(c)], kKinds[k].where));
        tables.append(table);
        shares[k] = kKinds[k].share;
    }
    for (int i = 0; i < world.scale.sites; ++i) {
        const int k = rng.weighted(shares);
        const KindProfile &profile = kKinds[k];
        Site s;
        s.id = makeId("s", i + 1, 6);
        s.kind = profile.kind;
        s.cell = world.cells[tables[k].pick(rng)];
        const Region &cell = world.regions[size_t(s.cell)];
        s.location = world.pointIn(cell, rng);
        const QByteArray town = names::shortTown(world.regions[size_t(cell.town)].name);
        const QByteArray suffix(profile.suffixes[rng.below(profile.suffixCount)]);
        s.name = (rng.chance(0.4) ? town : names::placeWord(rng)) + suffix;
        s.attraction = profile.attraction * rng.range(0.5, 1.5);
        world.sites.append(s);
    }
    for (int i = 0; i < world.scale.orgs; ++i) {
        Org o;
        o.id = makeId("o", i + 1, 6);
        o.cell = world.cells[world.cellsByPopulation.pick(rng)];
        o.location = world.pointIn(world.regions[size_t(o.cell)], rng);
        world.orgs.append(o);
    }
}

void SiteGenerator::writeSites(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(5);
    out.beginSection("sites", world.sites.size());
    for (const Site &s : world.sites) {
        const KindProfile &profile = profileOf(s.kind);
        Json &j = out.beginRecord(s.id, world.now - rng.between(1, 365) * kDay,
                                  rng.chance(0.7) ? "public" : "limited");
        j.key("name").str(s.name);
        j.key("kind").str(s.kind);
        j.key("risk_level").integer(rng.between(profile.minRisk, profile.maxRisk));
        j.key("region_id").str(world.regions[size_t(s.cell)].id);
        j.key("address").str(world.address(s.cell, rng));
        j.key("location").lonLat(s.location);
        if (rng.chance(profile.footprint)) {
            j.key("footprint");
            const geos::Geom square = geos::square(s.location, rng.range(0.0002, 0.0007));
            geos::writeGeoJson(j, square.get());
        }
        if (profile.maxCapacity > 0)
            j.key("capacity").integer(rng.between(profile.minCapacity, profile.maxCapacity));
        j.key("contact").beginObject();
        j.key("name").str(names::person(rng, rng.chance(0.6)));
        j.key("phone").str(ids::mobile(rng));
        j.endObject();
        out.endRecord();
    }
}

void SiteGenerator::writeOrgs(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(6);
    out.beginSection("orgs", world.orgs.size());
    for (const Org &o : world.orgs) {
        const QByteArray kind = rng.pick(names::orgKinds);
        Json &j = out.beginRecord(o.id, world.now - rng.between(1, 365) * kDay, "public");
        j.key("name").str(names::orgName(rng, kind));
        j.key("uscc").str(ids::uscc(rng, kind, world.districtOf(o.cell).code));
        j.key("kind").str(kind);
        j.key("region_id").str(world.regions[size_t(o.cell)].id);
        j.key("location").lonLat(o.location);
        out.endRecord();
    }
}

} // namespace yiping::gen
