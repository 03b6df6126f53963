#include "EventGenerator.h"

#include "Clock.h"

#include <algorithm>
#include <cmath>

namespace yiping::gen {

namespace {

struct CategoryProfile
{
    const char *name;
    double weight;
    int severityShift; // added to the drawn severity: fights and fires run higher
    bool involvesPersons;
    const char *templates[3]; // "%1" is the place
};

struct SourceProfile
{
    const char *name;
    double weight;
    double weekendFactor;
    double hotspot;        // chance the event happens at a key site
    qint64 reportDelayMax; // seconds
    double resolveMeanHours;
    double hours[24];
    std::vector<CategoryProfile> categories;
};

const SourceProfile kSources[] = {
    {"police",
     35,
     1.15,
     0.5,
     1800,
     6,
     {3, 2, 1.5, 1, 1, 1, 1.5, 2.5, 3, 3.5, 4, 4, 4, 4, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7, 6, 4.5},
     {{"theft",
       30,
       0,
       true,
       {"%1发生一起电动车被盗案件", "%1有群众报称手机被盗", "%1一商铺夜间被盗"}},
      {"fraud",
       20,
       0,
       true,
       {"%1居民接到冒充客服电话被骗", "%1发生一起网络刷单诈骗", "%1老人疑遭保健品诈骗"}},
      {"fight", 15, 1, true, {"%1发生一起酒后斗殴", "%1两名男子因口角发生打架", "%1多人聚众斗殴"}},
      {"traffic_accident",
       20,
       0,
       false,
       {"%1发生一起两车刮擦事故", "%1电动车与小汽车相撞，一人受伤", "%1货车侧翻"}},
      {"disturbance", 10, 0, true, {"%1有人酒后滋事", "%1有人持械寻衅滋事", "%1有人醉酒闹事"}},
      {"missing_person",
       5,
       1,
       false,
       {"%1家属报称老人走失", "%1家属报称未成年人离家未归", "%1有人失联"}}}},
    {"grid",
     25,
     0.45,
     0.3,
     6 * 3600,
     48,
     {0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 5,   7,   7,   6,
      3,   4,   6,   6.5, 6,   5,   2,   1, 0.5, 0.3, 0.2, 0.2},
     {{"hazard",
       30,
       0,
       false,
       {"%1发现消防通道被占用", "%1电线老化存在火灾隐患", "%1危房存在倒塌隐患"}},
      {"sanitation", 30, -1, false, {"%1垃圾堆积未及时清运", "%1污水外溢影响通行", "%1乱堆乱放"}},
      {"dispute_report",
       25,
       0,
       true,
       {"%1邻里因漏水发生纠纷", "%1村民因宅基地界址发生争执", "%1家庭矛盾激化"}},
      {"illegal_construction",
       15,
       0,
       false,
       {"%1发现违章搭建", "%1私自加层施工", "%1占道搭建棚屋"}}}},
    {"opinion",
     8,
     1.1,
     0.2,
     24 * 3600,
     72,
     {2, 1.5, 1, 0.7, 0.5, 0.5, 0.8, 1.5, 3,   4,   4.5, 4.5,
      4, 4,   4, 4,   4,   4,   4.5, 5,   5.5, 5.5, 4.5, 3},
     {{"complaint",
       60,
       0,
       false,
       {"网民反映%1噪音扰民", "网民投诉%1商家虚假宣传", "网民反映%1环境脏乱"}},
      {"rumor",
       25,
       1,
       false,
       {"网传%1发生重大事故，经核实为谣言", "网传%1将拆迁，经核实不实",
        "网传%1有人被拐，经核实为谣言"}},
      {"negative_news",
       15,
       1,
       false,
       {"%1相关负面帖文引发关注", "%1相关视频在短视频平台传播", "%1话题登上本地热搜"}}}},
    {"hotline",
     22,
     0.85,
     0.2,
     2 * 3600,
     36,
     {0.5, 0.3, 0.2, 0.2, 0.2, 0.3, 0.8, 2, 4,   5.5, 6, 5.5,
      4,   4.5, 5,   5,   5,   4.5, 4,   4, 3.5, 3,   2, 1},
     {{"noise",
       30,
       -1,
       false,
       {"市民反映%1夜间施工噪音扰民", "市民反映%1广场舞噪音扰民", "市民反映%1商铺音响扰民"}},
      {"water",
       20,
       -1,
       false,
       {"市民反映%1停水", "市民反映%1自来水水质浑浊", "市民反映%1水管爆裂"}},
      {"power", 15, -1, false, {"市民反映%1突发停电", "市民反映%1电压不稳", "市民反映%1路灯不亮"}},
      {"housing",
       20,
       0,
       true,
       {"%1业主反映物业管理问题", "%1租户反映房东拒退押金", "%1业主反映房屋延期交付"}},
      {"wage_arrears",
       15,
       1,
       true,
       {"%1务工人员反映被拖欠工资", "%1多名工人反映工程款未结", "%1员工反映企业欠薪"}}}},
    {"sensor",
     10,
     1.1,
     0.7,
     60,
     1,
     {1, 1, 1, 1, 1, 1, 1.2, 1.6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2.5, 3, 3, 2.5, 1.8, 1.2},
     {{"fire_alarm", 30, 1, false, {"%1烟感报警", "%1消防主机火警信号", "%1温感报警"}},
      {"crowd", 35, 0, false, {"%1人员聚集密度超过阈值", "%1客流激增", "%1出现异常聚集"}},
      {"water_level", 20, 0, false, {"%1河道水位超警戒线", "%1内涝积水报警", "%1水库水位上涨"}},
      {"gas_leak", 15, 1, false, {"%1燃气泄漏报警", "%1可燃气体浓度超标", "%1燃气压力异常"}}}},
};
constexpr int kSourceCount = int(std::size(kSources));

struct Planned
{
    qint64 at;
    quint8 source;
    quint8 category;
};

qint64 drawTime(const World &world, const SourceProfile &s, const CategoryProfile &c, Random &rng)
{
    const qint64 today = localDayStart(world.now);
    const qint64 earliest = world.now - 365 * kDay;
    const double maxFactor = std::max(1.0, s.weekendFactor) * 1.6;
    for (;;) {
        const qint64 day = today - qint64(rng.below(366)) * kDay;
        double factor = localWeekday(day + 12 * kHour) >= 6 ? s.weekendFactor : 1.0;
        const int month = localMonth(day + 12 * kHour);
        if (qstrcmp(c.name, "water_level") == 0)
            factor *= month >= 5 && month <= 9 ? 1.6 : 0.4; // the rainy and typhoon season
        if (!rng.chance(factor / maxFactor))
            continue;
        const int hour = rng.weighted(s.hours);
        const qint64 t = day + hour * kHour + rng.below(3600);
        if (t >= earliest && t < world.now)
            return t;
    }
}

} // namespace

void EventGenerator::write(World &world, DatasetWriter &out)
{
    Random planRng = world.rng(10);
    double sourceWeights[kSourceCount];
    for (int i = 0; i < kSourceCount; ++i)
        sourceWeights[i] = kSources[i].weight;
    std::vector<Planned> plan(size_t(world.scale.events));
    for (Planned &p : plan) {
        p.source = quint8(planRng.weighted(sourceWeights));
        const SourceProfile &s = kSources[p.source];
        std::vector<double> w;
        for (const CategoryProfile &c : s.categories)
            w.push_back(c.weight);
        p.category = quint8(planRng.weighted(w.data(), int(w.size())));
        p.at = drawTime(world, s, s.categories[p.category], planRng);
    }
    // In the order they happened, as a live backend would have assigned their revs.
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Planned &a, const Planned &b) { return a.at < b.at; });

    WeightedTable hotspots;
    for (const Site &site : std::as_const(world.sites))
        hotspots.add(site.attraction);

    Random rng = world.rng(11);
    out.beginSection("events", qint64(plan.size()));
    for (size_t i = 0; i < plan.size(); ++i) {
        const SourceProfile &s = kSources[plan[i].source];
        const CategoryProfile &c = s.categories[plan[i].category];
        const qint64 occurred = plan[i].at;
        const qint64 reported =
            std::min(world.now, occurred + rng.below(int(s.reportDelayMax)) + 1);

        int cell = -1;
        QPointF at;
        const Site *site = nullptr;
        if (hotspots.size() > 0 && rng.chance(s.hotspot)) {
            site = &world.sites[hotspots.pick(rng)];
            cell = site->cell;
            at = world.pointIn(world.regions[size_t(cell)], rng, site->location, 0.0015);
            const QPointF d = at - site->location;
            if (std::hypot(d.x(), d.y()) > 0.004)
                site = nullptr; // fell back to anywhere in the cell: not at the site
        } else {
            cell = world.cells[world.cellsByPopulation.pick(rng)];
            at = world.pointIn(world.regions[size_t(cell)], rng);
        }
        const Region &region = world.regions[size_t(cell)];
        const QByteArray place = site ? site->name
                                      : world.regions[size_t(region.town)].name +
                                            rng.pick(world.regions[size_t(region.town)].roads);

        const int severity =
            std::clamp(rng.weighted({50.0, 30.0, 15.0, 5.0}) + 1 + c.severityShift -
                           (rng.chance(0.3) && c.severityShift > 0 ? 1 : 0),
                       1, 4);
        const qint64 resolved =
            reported + 600 + qint64(rng.exponential(s.resolveMeanHours * kHour));
        const qint64 age = world.now - reported;
        QByteArray status;
        qint64 resolvedAt = 0;
        if (resolved < world.now && !rng.chance(0.005)) {
            resolvedAt = resolved;
            status = world.now - resolved > 30 * kDay || rng.chance(0.7) ? "closed" : "resolved";
        } else {
            status = age < 1800 ? "new" : age < 2 * kHour ? "dispatched" : "handling";
        }
        const char *classification = severity == 4 && plan[i].source == 0 ? "restricted"
                                     : plan[i].source == 0                ? "limited"
                                                                          : "public";
        const QByteArray id = makeId("e", qint64(i) + 1, 7);
        Json &j = out.beginRecord(id, resolvedAt ? resolvedAt : reported, classification);
        j.key("source").str(s.name);
        j.key("category").str(c.name);
        j.key("severity").integer(severity);
        j.key("occurred_at").time(occurred);
        j.key("reported_at").time(reported);
        j.key("location").lonLat(at);
        j.key("region_id").str(region.id);
        j.key("status").str(status);
        j.key("resolved_at").timeOrNull(resolvedAt);
        const QByteArray summary = QByteArray(c.templates[rng.below(3)]).replace("%1", place);
        j.key("summary").str(summary);
        j.key("person_ids").beginArray();
        const QList<int> &residents = world.personsByCell[world.cellSlot[cell]];
        if (c.involvesPersons && !residents.isEmpty() && rng.chance(0.15)) {
            const int n = std::min<int>(int(residents.size()), rng.between(1, 2));
            const int first = rng.below(int(residents.size()));
            for (int k = 0; k < n; ++k) {
                const int person = residents[(first + k) % residents.size()];
                j.str(world.persons[person].id);
                world.eventPersons.append({int(i), person});
            }
        }
        j.endArray();
        j.key("site_id");
        if (site)
            j.str(site->id);
        else
            j.null();
        out.endRecord();
    }
}

} // namespace yiping::gen
