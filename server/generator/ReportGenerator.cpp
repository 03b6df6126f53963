#include "ReportGenerator.h"

#include "Clock.h"

#include <algorithm>
#include <cmath>

namespace yiping::gen {

namespace {

// "3天", or for a deadline passed less than a day ago "5小时" (never "0天").
QByteArray overdueText(qint64 seconds)
{
    if (seconds >= kDay)
        return QByteArray::number(seconds / kDay) + "天";
    return QByteArray::number(std::max<qint64>(1, seconds / 3600)) + "小时";
}

constexpr int kQuarters = 4;

struct Alert
{
    qint64 raised;
    const char *rule;
    const char *level;
    const char *subjectType;
    QByteArray subjectId;
    int cell;
    QByteArray message;
};

const char *levelForRisk(int risk)
{
    const char *levels[] = {"blue", "yellow", "orange", "red"};
    return levels[std::clamp(risk, 1, 4) - 1];
}

} // namespace

void ReportGenerator::writeSurveys(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(60);
    const QList<Quarter> quarters = completedQuarters(world.now, kQuarters);
    out.beginSection("surveys", world.cells.size() * quarters.size());
    qint64 id = 0;
    for (const Quarter &q : quarters) {
        for (int c : std::as_const(world.cells)) {
            const Region &cell = world.regions[size_t(c)];
            // Each cell keeps its level from quarter to quarter: a fork per cell.
            Random cellRng = rng.fork(quint64(c));
            const double base = cellRng.range(84, 97);
            const double score = std::clamp(base + rng.normal() * 1.5, 60.0, 100.0);
            Json &j = out.beginRecord(makeId("sv", ++id, 6), std::min(world.now, q.end + 10 * kDay),
                                      "public");
            j.key("region_id").str(cell.id);
            j.key("period").str(q.name);
            j.key("score").real(score, 1);
            j.key("respondents").integer(30 + cell.population / 100 + rng.below(40));
            out.endRecord();
        }
    }
}

void ReportGenerator::writeAlerts(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(61);
    QList<int> petitioners, watched;
    for (int p = 0; p < world.persons.size(); ++p) {
        if (world.persons[p].released)
            continue;
        if (world.persons[p].category == domain::PersonCategory::Petitioner)
            petitioners.append(p);
        if (world.persons[p].risk >= 2)
            watched.append(p);
    }
    QList<int> crowdSites;
    for (int s = 0; s < world.sites.size(); ++s)
        if (world.sites[s].attraction >= 2)
            crowdSites.append(s);

    std::vector<Alert> alerts;
    for (int i = 0; i < world.scale.alerts; ++i) {
        const qint64 raised =
            world.now - 60 - std::min<qint64>(qint64(rng.exponential(10 * kDay)), 60 * kDay);
        const int rule = rng.weighted({40.0, 20.0, 15.0, 25.0});
        if (rule == 1 && !crowdSites.isEmpty()) {
            const Site &s = world.sites[crowdSites[rng.below(int(crowdSites.size()))]];
            const int people = rng.between(30, 300);
            alerts.push_back({raised, "gathering", people > 150 ? "orange" : "yellow", "site", s.id,
                              s.cell,
                              s.name + "周边出现约" + QByteArray::number(people) + "人聚集"});
        } else if (rule == 2 && !petitioners.isEmpty()) {
            const Person &p = world.persons[petitioners[rng.below(int(petitioners.size()))]];
            const int times = rng.between(3, 9);
            alerts.push_back({raised, "repeated_petition", times > 5 ? "orange" : "yellow",
                              "person", p.id, p.cell,
                              p.name + "近30天内第" + QByteArray::number(times) + "次信访"});
        } else if (rule == 3 && !world.overdueCases.isEmpty()) {
            const OverdueCase &c = world.overdueCases[rng.below(int(world.overdueCases.size()))];
            const qint64 at = std::min(world.now - 60, std::max(raised, c.due));
            const qint64 days = (world.now - c.due) / kDay;
            alerts.push_back({at, "overdue_case",
                              days > 30  ? "red"
                              : days > 7 ? "orange"
                                         : "yellow",
                              "case", makeId("c", c.index + 1, 6), c.cell,
                              "案件" + c.caseNo + "已超期" + overdueText(world.now - c.due)});
        } else if (!watched.isEmpty()) {
            const Person &p = world.persons[watched[rng.below(int(watched.size()))]];
            alerts.push_back({raised, "key_person_left_grid", levelForRisk(p.risk), "person", p.id,
                              p.cell,
                              "重点人员" + p.name + "离开所属网格" +
                                  world.regions[size_t(p.cell)].name + "超过24小时"});
        }
    }
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Alert &a, const Alert &b) { return a.raised < b.raised; });

    out.beginSection("alerts", qint64(alerts.size()));
    qint64 id = 0;
    for (const Alert &a : alerts) {
        const qint64 age = world.now - a.raised;
        const int status = age < kDay       ? rng.weighted({80.0, 15.0, 5.0})
                           : age < 7 * kDay ? rng.weighted({30.0, 40.0, 30.0})
                                            : rng.weighted({5.0, 15.0, 80.0});
        const char *statuses[] = {"open", "acknowledged", "closed"};
        const qint64 updated =
            status == 0 ? a.raised : a.raised + qint64(rng.uniform() * double(age));
        Json &j = out.beginRecord(makeId("a", ++id, 6), updated, "limited");
        j.key("rule").str(a.rule);
        j.key("level").str(a.level);
        j.key("subject").beginObject();
        j.key("type").str(a.subjectType);
        j.key("id").str(a.subjectId);
        j.endObject();
        j.key("region_id").str(world.regions[size_t(a.cell)].id);
        j.key("raised_at").time(a.raised);
        j.key("status").str(statuses[status]);
        j.key("message").str(a.message);
        out.endRecord();
    }
}

void ReportGenerator::writeAssessments(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(62);
    const QList<Quarter> quarters = completedQuarters(world.now, kQuarters);
    const char *indicators[] = {"public_security", "dispute_resolution", "case_quality",
                                "grid_service", "safety_survey"};
    const double weights[] = {0.25, 0.2, 0.2, 0.15, 0.2};
    const QList<int> levels[] = {world.districts, world.towns};
    out.beginSection("assessments",
                     (world.districts.size() + world.towns.size()) * quarters.size());
    qint64 id = 0;
    for (const Quarter &q : quarters) {
        for (const QList<int> &units : levels) {
            struct Scored
            {
                int region;
                double values[5];
                double total;
            };
            QList<Scored> scored;
            for (int r : units) {
                Scored s{r, {}, 0};
                for (int k = 0; k < 5; ++k) {
                    s.values[k] = std::round(std::clamp(rng.range(75, 98), 0.0, 100.0) * 10) / 10;
                    s.total += s.values[k] * weights[k];
                }
                s.total = std::round(s.total * 10) / 10;
                scored.append(s);
            }
            // Rank among the units of the same level in the same period, best first.
            QList<int> order(scored.size());
            for (int k = 0; k < order.size(); ++k)
                order[k] = k;
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return scored[a].total > scored[b].total; });
            QList<int> rank(scored.size());
            for (int k = 0; k < order.size(); ++k)
                rank[order[k]] = k + 1;
            for (qsizetype k = 0; k < scored.size(); ++k) {
                const Region &region = world.regions[size_t(scored[k].region)];
                Json &j = out.beginRecord(makeId("as", ++id, 5),
                                          std::min(world.now, q.end + 15 * kDay), "public");
                j.key("unit").beginObject();
                j.key("type").str("region");
                j.key("id").str(region.id);
                j.endObject();
                j.key("unit_name").str(region.name);
                j.key("period").str(q.name);
                j.key("indicators").beginObject();
                for (int m = 0; m < 5; ++m)
                    j.key(indicators[m]).real(scored[k].values[m], 1);
                j.endObject();
                j.key("total").real(scored[k].total, 1);
                j.key("rank").integer(rank[k]);
                out.endRecord();
            }
        }
    }
}

} // namespace yiping::gen
