#include "RelationGenerator.h"

#include "Clock.h"

#include <QSet>

#include <algorithm>

namespace yiping::gen {

namespace {

enum RefType { PersonRef, SiteRef, OrgRef, EventRef, CaseRef };
const char *const kRefTypes[] = {"person", "site", "org", "event", "case"};
const char *const kRefPrefix[] = {"p", "s", "o", "e", "c"};
const int kRefDigits[] = {6, 6, 6, 7, 6};

struct Edge
{
    RefType fromType;
    int from;
    RefType toType;
    int to;
    const char *kind;
    double weight;
};

class Graph
{
public:
    explicit Graph(int budget)
        : m_budget(budget)
    {}

    bool full() const { return int(m_edges.size()) >= m_budget; }

    // Adds the edge unless it (or, for symmetric kinds, its reverse) exists.
    void add(const Edge &e)
    {
        if (full() || (e.fromType == e.toType && e.from == e.to))
            return;
        const auto key = [](RefType t1, int a, RefType t2, int b, const char *kind) -> QByteArray {
            return QByteArray::number(t1) + ':' + QByteArray::number(a) + '>' +
                   QByteArray::number(t2) + ':' + QByteArray::number(b) + kind;
        };
        if (m_keys.contains(key(e.fromType, e.from, e.toType, e.to, e.kind)) ||
            m_keys.contains(key(e.toType, e.to, e.fromType, e.from, e.kind)))
            return;
        m_keys.insert(key(e.fromType, e.from, e.toType, e.to, e.kind));
        m_edges.append(e);
    }

    const QList<Edge> &edges() const { return m_edges; }

private:
    int m_budget;
    QSet<QByteArray> m_keys;
    QList<Edge> m_edges;
};

const char *const kInnerKinds[] = {"kin", "cohabit", "co_travel", "call", "transfer", "associate"};
const double kInnerWeights[] = {15, 8, 15, 30, 12, 20};

} // namespace

void RelationGenerator::write(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(50);
    const int budget = world.scale.relations;
    Graph graph(budget);

    // What the cases and events already say: co-defendants and who was involved.
    for (qsizetype i = 0; i + 1 < world.casePersons.size() && graph.edges().size() < budget / 10;
         ++i) {
        const auto &a = world.casePersons[i];
        for (qsizetype k = i + 1;
             k < world.casePersons.size() && world.casePersons[k].first == a.first; ++k)
            graph.add({PersonRef, a.second, PersonRef, world.casePersons[k].second, "co_case",
                       rng.range(0.6, 1.0)});
    }
    for (qsizetype i = 0; i < world.casePersons.size() && graph.edges().size() < budget / 5; ++i)
        graph.add({PersonRef, world.casePersons[i].second, CaseRef, world.casePersons[i].first,
                   "involved", 1.0});
    for (qsizetype i = 0; i < world.eventPersons.size() && graph.edges().size() < budget / 4; ++i)
        graph.add({PersonRef, world.eventPersons[i].second, EventRef, world.eventPersons[i].first,
                   "involved", 1.0});

    QList<QList<int>> sitesBySlot(world.cells.size());
    for (int s = 0; s < world.sites.size(); ++s)
        sitesBySlot[world.cellSlot[world.sites[s].cell]].append(s);
    WeightedTable communities;
    for (const QList<int> &c : world.communities)
        communities.add(c.size() > 1 ? double(c.size() * c.size()) : 0.0);

    // The rest by share: mostly within communities, a few bridges, work and places.
    for (int guard = 0; !graph.full() && guard < budget * 20 && !world.persons.isEmpty(); ++guard) {
        const int what = rng.weighted({70.0, 8.0, 11.0, 11.0});
        if (what == 0 && communities.total() > 0) {
            const QList<int> &c = world.communities[communities.pick(rng)];
            const int a = c[rng.below(int(c.size()))];
            const int b = c[rng.below(int(c.size()))];
            const int k = rng.weighted(kInnerWeights, int(std::size(kInnerWeights)));
            const double w = k == 0 ? rng.range(0.8, 1.0) : rng.range(0.2, 1.0);
            graph.add({PersonRef, a, PersonRef, b, kInnerKinds[k], w});
        } else if (what == 1) {
            const int a = rng.below(int(world.persons.size()));
            const int b = rng.below(int(world.persons.size()));
            const char *kinds[] = {"call", "associate", "transfer"};
            graph.add({PersonRef, a, PersonRef, b, kinds[rng.below(3)], rng.range(0.05, 0.4)});
        } else if (what == 2 && !world.orgs.isEmpty()) {
            graph.add({PersonRef, rng.below(int(world.persons.size())), OrgRef,
                       rng.below(int(world.orgs.size())), "employ", rng.range(0.5, 1.0)});
        } else if (what == 3 && !world.sites.isEmpty()) {
            const int p = rng.below(int(world.persons.size()));
            const QList<int> &near = sitesBySlot[world.cellSlot[world.persons[p].cell]];
            const int s = near.isEmpty() ? rng.below(int(world.sites.size()))
                                         : near[rng.below(int(near.size()))];
            graph.add({PersonRef, p, SiteRef, s, "located_at", rng.range(0.3, 1.0)});
        }
    }

    out.beginSection("relations", graph.edges().size());
    qint64 id = 0;
    for (const Edge &e : graph.edges()) {
        const qint64 first = world.now - 3600 - qint64(rng.uniform() * 3 * 365 * kDay);
        const qint64 last = first + qint64(rng.uniform() * double(world.now - first));
        Json &j = out.beginRecord(makeId("rl", ++id, 7), last, "restricted");
        j.key("from").beginObject();
        j.key("type").str(kRefTypes[e.fromType]);
        j.key("id").str(makeId(kRefPrefix[e.fromType], e.from + 1, kRefDigits[e.fromType]));
        j.endObject();
        j.key("to").beginObject();
        j.key("type").str(kRefTypes[e.toType]);
        j.key("id").str(makeId(kRefPrefix[e.toType], e.to + 1, kRefDigits[e.toType]));
        j.endObject();
        j.key("kind").str(e.kind);
        j.key("weight").real(e.weight, 3);
        j.key("first_seen").time(first);
        j.key("last_seen").time(last);
        out.endRecord();
    }
}

} // namespace yiping::gen
