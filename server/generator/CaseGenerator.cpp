#include "CaseGenerator.h"

#include "Clock.h"

#include <QHash>

#include <algorithm>

namespace yiping::gen {

namespace {

enum Kind { Criminal, Civil, Administrative, Enforcement };
const char *const kKindNames[] = {"criminal", "civil", "administrative", "enforcement"};
const char *const kCaseType[] = {"刑初", "民初", "行初", "执"};

const char *const kCriminalCauses[] = {"盗窃罪",
                                       "诈骗罪",
                                       "故意伤害罪",
                                       "危险驾驶罪",
                                       "寻衅滋事罪",
                                       "帮助信息网络犯罪活动罪",
                                       "非法吸收公众存款罪",
                                       "开设赌场罪",
                                       "贩卖毒品罪"};
const char *const kCivilCauses[] = {
    "民间借贷纠纷",           "离婚纠纷",         "买卖合同纠纷",    "劳动争议",
    "机动车交通事故责任纠纷", "物业服务合同纠纷", "房屋租赁合同纠纷"};
const char *const kAdminCauses[] = {"行政处罚", "行政强制", "政府信息公开", "工伤认定"};
const char *const kEnforcementCauses[] = {"借款合同纠纷", "买卖合同纠纷", "劳务合同纠纷"};

struct Entry
{
    const char *stage;
    const char *agency;
    qint64 entered = 0;
    qint64 left = 0; // 0: still here
    qint64 due = 0;
    const char *outcome = nullptr;
};

// Walks one case through its flow until `now`, appending the stages it reached.
class Flow
{
public:
    Flow(qint64 opened, qint64 now, Random &rng)
        : m_at(opened)
        , m_now(now)
        , m_rng(rng)
    {}

    // Enters a stage with its legal time limit (days); false once the case is still in
    // this stage at `now`.
    bool stage(const char *stage, const char *agency, int limitDays, const char *outcome)
    {
        // Most stages end within their limit; some run over, which is what makes a case
        // overdue.
        const double share = m_rng.chance(0.85) ? m_rng.range(0.25, 1.0) : m_rng.range(1.0, 1.8);
        Entry e{stage, agency, m_at, 0, m_at + limitDays * kDay, nullptr};
        const qint64 left = m_at + std::max<qint64>(kHour, qint64(share * limitDays * kDay));
        if (left >= m_now) {
            m_entries.append(e);
            return false;
        }
        e.left = left;
        e.outcome = outcome;
        m_entries.append(e);
        m_at = left;
        return true;
    }
    void close()
    {
        m_entries.append({"closed", m_entries.last().agency, m_at, 0, 0, nullptr});
        m_closed = m_at;
    }
    void setOutcome(const char *outcome) { m_entries.last().outcome = outcome; }

    const QList<Entry> &entries() const { return m_entries; }
    qint64 closedAt() const { return m_closed; }

private:
    qint64 m_at;
    qint64 m_now;
    Random &m_rng;
    QList<Entry> m_entries;
    qint64 m_closed = 0;
};

void criminal(Flow &f, Random &rng)
{
    if (!f.stage("filing", "police", 7, "立案侦查"))
        return;
    if (!f.stage("investigation", "police", 60, "移送审查起诉"))
        return;
    if (rng.chance(0.1)) {
        f.setOutcome("撤销案件");
        return f.close();
    }
    for (int returns = 0;; ++returns) {
        if (!f.stage("prosecution_review", "procuratorate", 45, "提起公诉"))
            return;
        if (returns < 2 && rng.chance(0.2)) {
            f.setOutcome("退回补充侦查");
            if (!f.stage("returned_for_investigation", "police", 30, "补充侦查完毕"))
                return;
            continue;
        }
        break;
    }
    if (rng.chance(0.07)) {
        f.setOutcome("不起诉");
        return f.close();
    }
    if (!f.stage("first_instance", "court", 90, "判决有罪"))
        return;
    if (rng.chance(0.03)) {
        f.setOutcome("判决无罪");
        return f.close();
    }
    if (rng.chance(0.2) &&
        !f.stage("second_instance", "court", 90, rng.chance(0.8) ? "维持原判" : "改判"))
        return;
    if (rng.chance(0.35)) {
        if (!f.stage("community_correction", "justice", rng.between(180, 720), "矫正期满解除"))
            return;
    } else if (!f.stage("enforcement", "court", 180, "执行完毕")) {
        return;
    }
    f.close();
}

void civil(Flow &f, Random &rng, bool administrative)
{
    if (!f.stage("filing", "court", 7, "立案受理"))
        return;
    if (!f.stage("first_instance", "court", 180, "判决"))
        return;
    if (!administrative && rng.chance(0.35)) {
        f.setOutcome(rng.chance(0.75) ? "调解结案" : "撤诉");
        return f.close();
    }
    if (rng.chance(0.2) && !f.stage("second_instance", "court", 90, "维持原判"))
        return;
    if (!administrative && rng.chance(0.4) && !f.stage("enforcement", "court", 180, "执行完毕"))
        return;
    f.close();
}

void enforcement(Flow &f)
{
    if (!f.stage("filing", "court", 7, "立案执行"))
        return;
    if (!f.stage("enforcement", "court", 180, "执行完毕"))
        return;
    f.close();
}

QByteArray masked(const QByteArray &name)
{
    // Judgment documents name parties as 陈某: the first character of the name.
    return QString::fromUtf8(name).left(1).toUtf8() + "某";
}

} // namespace

void CaseGenerator::write(World &world, DatasetWriter &out)
{
    struct Planned
    {
        qint64 opened;
        int kind;
    };
    Random planRng = world.rng(20);
    std::vector<Planned> plan(size_t(world.scale.cases));
    for (Planned &p : plan) {
        p.kind = planRng.weighted({35.0, 45.0, 5.0, 15.0});
        // Three years back, more of them recent.
        p.opened = world.now - 60 - qint64(std::pow(planRng.uniform(), 1.5) * 1095 * kDay);
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Planned &a, const Planned &b) { return a.opened < b.opened; });

    Random rng = world.rng(21);
    QHash<QByteArray, int> sequence; // per year, court and case type
    out.beginSection("cases", qint64(plan.size()));
    for (size_t i = 0; i < plan.size(); ++i) {
        const Kind kind = Kind(plan[i].kind);
        Flow flow(plan[i].opened, world.now, rng);
        if (kind == Criminal)
            criminal(flow, rng);
        else if (kind == Enforcement)
            enforcement(flow);
        else
            civil(flow, rng, kind == Administrative);

        QList<int> persons;
        const double withKeyPersons = kind == Criminal ? 0.6 : kind == Civil ? 0.25 : 0.1;
        if (!world.communities.isEmpty() && rng.chance(withKeyPersons)) {
            const QList<int> &group = world.communities[rng.below(int(world.communities.size()))];
            const int n = kind == Criminal ? rng.weighted({60.0, 25.0, 15.0}) + 1 : 1;
            const int first = rng.below(int(group.size()));
            for (int k = 0; k < n && k < group.size(); ++k)
                persons.append(group[(first + k) % group.size()]);
        }
        const int cell = persons.isEmpty() ? world.cells[world.cellsByPopulation.pick(rng)]
                                           : world.persons[persons.first()].cell;
        const Region &district = world.districtOf(cell);
        const int year = localYear(plan[i].opened);
        const QByteArray key = QByteArray::number(year) + district.code + kCaseType[kind];
        const int seq = ++sequence[key];
        const QByteArray caseNo = "(" + QByteArray::number(year) + ")闽" + district.code.mid(2, 4) +
                                  kCaseType[kind] + QByteArray::number(seq) + "号";

        QByteArray cause;
        QByteArray title;
        const QByteArray party = persons.isEmpty() ? masked(rng.chance(0.5) ? "陈" : "林")
                                                   : masked(world.persons[persons.first()].name);
        if (kind == Criminal) {
            cause = kCriminalCauses[rng.below(int(std::size(kCriminalCauses)))];
            title = party + (persons.size() > 1 ? "等" : "") + cause.left(cause.size() - 3) + "案";
        } else if (kind == Civil) {
            cause = kCivilCauses[rng.below(int(std::size(kCivilCauses)))];
            title = party + "与" + masked(rng.chance(0.5) ? "黄" : "郑") + cause;
        } else if (kind == Administrative) {
            cause = kAdminCauses[rng.below(int(std::size(kAdminCauses)))];
            title = party + "诉莆田市某局" + cause + "案";
        } else {
            cause = kEnforcementCauses[rng.below(int(std::size(kEnforcementCauses)))];
            title = "申请执行人" + party + "与被执行人" + masked("吴") + cause + "执行案";
        }

        const QList<Entry> &stages = flow.entries();
        const Entry &current = stages.last();
        const bool closed = flow.closedAt() != 0;
        if (!closed && current.due < world.now)
            world.overdueCases.append({int(i), cell, current.due, caseNo});
        const QByteArray id = makeId("c", qint64(i) + 1, 6);
        Json &j = out.beginRecord(id, current.entered,
                                  kind == Criminal ? (rng.chance(0.2) ? "restricted" : "limited")
                                                   : (rng.chance(0.6) ? "public" : "limited"));
        j.key("case_no").str(caseNo);
        j.key("title").str(title);
        j.key("kind").str(kKindNames[kind]);
        j.key("cause").str(cause);
        j.key("region_id").str(world.regions[size_t(cell)].id);
        j.key("stage").str(current.stage);
        j.key("agency").str(current.agency);
        j.key("opened_at").time(plan[i].opened);
        j.key("closed_at").timeOrNull(flow.closedAt());
        j.key("due_at").timeOrNull(closed ? 0 : current.due);
        j.key("person_ids").beginArray();
        for (int p : std::as_const(persons)) {
            j.str(world.persons[p].id);
            world.casePersons.append({int(i), p});
        }
        j.endArray();
        j.key("stages").beginArray();
        for (const Entry &e : stages) {
            j.beginObject();
            j.key("stage").str(e.stage);
            j.key("agency").str(e.agency);
            j.key("entered_at").time(e.entered);
            j.key("left_at").timeOrNull(e.left);
            if (e.outcome)
                j.key("outcome").str(e.outcome);
            j.endObject();
        }
        j.endArray();
        out.endRecord();
    }
}

} // namespace yiping::gen
