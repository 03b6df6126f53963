#include "PersonGenerator.h"

#include "Clock.h"
#include "IdNumbers.h"
#include "Names.h"

#include <algorithm>

namespace yiping::gen {

namespace {

using domain::PersonCategory;
constexpr int kCategoryCount = int(PersonCategory::Unknown);

// How the persons of each category are drawn, in PersonCategory's order.
struct CategoryProfile
{
    const char *tag;
    double share;
    double maleShare;
    int minAge, maxAge;
    int baseRisk;
};

const CategoryProfile kProfiles[kCategoryCount] = {
    {"社区矫正对象", 15, 0.85, 20, 70, 2}, {"刑满释放人员", 20, 0.90, 22, 72, 2},
    {"吸毒人员", 18, 0.80, 18, 60, 2},     {"严重精神障碍患者", 15, 0.55, 18, 80, 3},
    {"重点信访人员", 12, 0.60, 30, 80, 2}, {"重点青少年", 12, 0.75, 14, 25, 1},
    {"邪教人员", 3, 0.35, 30, 80, 3},      {"其他重点人员", 5, 0.60, 20, 75, 1},
};

// History that raises the risk of a person, with the chance a person carries it.
struct HistoryTag
{
    const char *tag;
    double chance;
    int risk;
};

const HistoryTag kHistory[] = {
    {"多次违法", 0.18, 1}, {"有暴力倾向", 0.10, 1}, {"曾肇事肇祸", 0.06, 1},
    {"独居", 0.15, 0},     {"无固定职业", 0.25, 0}, {"经济困难", 0.15, 0},
    {"家庭矛盾", 0.12, 0}, {"越级上访", 0.05, 1},   {"近期异常", 0.04, 1},
};

} // namespace

void PersonGenerator::build(World &world)
{
    Random rng = world.rng(2);
    double shares[kCategoryCount];
    for (int i = 0; i < kCategoryCount; ++i)
        shares[i] = kProfiles[i].share;
    world.personsByCell = QList<QList<int>>(world.cells.size());
    for (int i = 0; i < world.scale.persons; ++i) {
        Person p;
        p.id = makeId("p", i + 1, 6);
        p.category = PersonCategory(rng.weighted(shares));
        const CategoryProfile &profile = kProfiles[size_t(p.category)];
        p.male = rng.chance(profile.maleShare);
        p.name = names::person(rng, p.male);
        const int slot = world.cellsByPopulation.pick(rng);
        p.cell = world.cells[slot];
        p.home = world.pointIn(world.regions[size_t(p.cell)], rng);
        p.tags = {profile.tag};
        int risk = profile.baseRisk;
        for (const HistoryTag &h : kHistory) {
            if (rng.chance(h.chance)) {
                p.tags.append(h.tag);
                risk += h.risk;
            }
        }
        p.released = rng.chance(0.12);
        risk = std::clamp(risk + (rng.chance(0.2) ? -1 : 0) - (p.released ? 1 : 0), 1, 4);
        p.risk = risk;
        world.personsByCell[slot].append(i);
        world.persons.append(p);
    }
    // Communities: people of one town who know each other, in groups of 4–25.
    for (int t : std::as_const(world.towns)) {
        QList<int> members;
        for (int i = 0; i < world.persons.size(); ++i)
            if (world.regions[size_t(world.persons[i].cell)].town == t)
                members.append(i);
        for (qsizetype i = members.size() - 1; i > 0; --i)
            std::swap(members[i], members[rng.below(int(i + 1))]);
        for (qsizetype at = 0; at < members.size();) {
            const qsizetype size = std::min<qsizetype>(members.size() - at, rng.between(4, 25));
            const QList<int> group = members.mid(at, size);
            for (int m : group)
                world.persons[m].community = int(world.communities.size());
            world.communities.append(group);
            at += size;
        }
    }
}

void PersonGenerator::write(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(3);
    out.beginSection("persons", world.persons.size());
    for (const Person &p : world.persons) {
        const CategoryProfile &profile = kProfiles[size_t(p.category)];
        const int age = rng.between(profile.minAge, profile.maxAge);
        const qint64 birth =
            localDayStart(world.now - qint64(age) * 365 * kDay - rng.below(365) * kDay);
        const qint64 since = localDayStart(
            world.now - std::min<qint64>(qint64(rng.exponential(3 * 365.0) * kDay) + 30 * kDay,
                                         10 * 365 * kDay));
        const double restricted =
            p.category == PersonCategory::CultMember || p.category == PersonCategory::MentalDisorder
                ? 0.4
                : 0.1;
        const char *classification = rng.chance(restricted) ? "restricted"
                                     : rng.chance(0.05)     ? "public"
                                                            : "limited";
        const qint64 updated = std::max(since, world.now - rng.between(1, 120) * kDay);
        const Region &district = world.districtOf(p.cell);

        Json &j = out.beginRecord(p.id, updated, classification);
        j.key("name").str(p.name);
        j.key("id_number").str(ids::citizenId(district.code, birth, rng.below(1000), p.male));
        j.key("gender").str(p.male ? "M" : "F");
        j.key("birth_date").date(birth);
        j.key("phone").str(ids::mobile(rng));
        j.key("category").str(domain::EnumNames<PersonCategory>::names[size_t(p.category)]);
        j.key("risk_level").integer(p.risk);
        j.key("status").str(p.released ? "released" : "managed");
        j.key("region_id").str(world.regions[size_t(p.cell)].id);
        j.key("address").str(world.address(p.cell, rng));
        j.key("location").lonLat(p.home);
        j.key("managed_since").date(since);
        j.key("tags").beginArray();
        for (const QByteArray &t : p.tags)
            j.str(t);
        j.endArray();
        out.endRecord();
    }
}

} // namespace yiping::gen
