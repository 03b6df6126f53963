#include "DisputeGenerator.h"

#include "Clock.h"
#include "Names.h"

#include <algorithm>
#include <cmath>

namespace yiping::gen {

namespace {

struct DisputeKind
{
    const char *name;
    double weight;
    double medianAmount;      // CNY; 0: usually no money at stake
    const char *cityMediator; // a specialised city-level committee, or null
};

const DisputeKind kKinds[] = {
    {"neighbor", 25, 0, nullptr},
    {"family", 18, 0, nullptr},
    {"land", 10, 30000, nullptr},
    {"labor", 12, 25000, "莆田市劳动人事争议调解中心"},
    {"property", 10, 15000, "莆田市物业纠纷人民调解委员会"},
    {"medical", 4, 80000, "莆田市医疗纠纷人民调解委员会"},
    {"consumer", 8, 3000, nullptr},
    {"traffic", 9, 40000, "莆田市道路交通事故纠纷人民调解委员会"},
    {"other", 4, 5000, nullptr},
};

const char *const kChannels[] = {"walk_in", "hotline", "online", "grid_officer", "referral"};

struct ServiceChannel
{
    const char *name;
    double weight;
    double closeMeanDays;
    std::vector<const char *> kinds;
};

const ServiceChannel kServiceChannels[] = {
    {"12348", 35, 0.5, {"legal_consultation", "legal_aid", "notarization_inquiry"}},
    {"12309", 15, 5, {"case_inquiry", "complaint_appeal", "lawyer_appointment"}},
    {"online_litigation", 20, 3, {"online_filing", "evidence_submission", "case_inquiry"}},
    {"walk_in", 20, 7, {"legal_aid", "notarization", "mediation_request", "legal_consultation"}},
    {"app", 10, 1, {"legal_consultation", "appointment"}},
};

// Arrival times over the last twelve months in ascending order, on working hours.
std::vector<qint64> arrivals(const World &world, int count, Random &rng)
{
    std::vector<qint64> times(static_cast<size_t>(count));
    const qint64 today = localDayStart(world.now);
    for (qint64 &t : times) {
        do {
            const qint64 day = today - qint64(rng.below(366)) * kDay;
            const bool weekend = localWeekday(day + 12 * kHour) >= 6;
            if (weekend && rng.chance(0.6))
                continue;
            t = day + rng.between(8, 19) * kHour + rng.below(3600);
        } while (t >= world.now || t < world.now - 365 * kDay);
    }
    std::sort(times.begin(), times.end());
    return times;
}

} // namespace

void DisputeGenerator::writeDisputes(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(30);
    const std::vector<qint64> received = arrivals(world, world.scale.disputes, rng);
    double kindWeights[std::size(kKinds)];
    for (size_t k = 0; k < std::size(kKinds); ++k)
        kindWeights[k] = kKinds[k].weight;
    out.beginSection("disputes", qint64(received.size()));
    for (size_t i = 0; i < received.size(); ++i) {
        const DisputeKind &kind = kKinds[rng.weighted(kindWeights)];
        const int cell = world.cells[world.cellsByPopulation.pick(rng)];
        const Region &region = world.regions[size_t(cell)];
        const qint64 start = received[i] + rng.below(3 * int(kDay));
        const qint64 mediationEnd = start + kDay + qint64(rng.exponential(8 * kDay));
        const bool mediated = rng.chance(0.8);
        // Mediated: closed at once or after a court's judicial confirmation; failed:
        // dropped or taken to court.
        const bool confirmation = mediated && rng.chance(0.25);
        const bool litigation = !mediated && rng.chance(0.6);
        const qint64 nextStart = mediationEnd + rng.below(5 * int(kDay));
        const qint64 closed = confirmation ? nextStart + rng.between(7, 30) * kDay
                              : litigation ? nextStart + rng.between(60, 180) * kDay
                                           : nextStart;
        QByteArray status;
        qint64 closedAt = 0;
        qint64 updated = received[i];
        if (start >= world.now) {
            status = "received";
        } else if (mediationEnd >= world.now) {
            status = "mediating";
            updated = start;
        } else if (nextStart >= world.now) {
            status = mediated ? "mediated" : "failed";
            updated = mediationEnd;
        } else if (closed >= world.now) {
            status = confirmation ? "judicial_confirmation" : "litigation";
            updated = nextStart;
        } else {
            status = "closed";
            closedAt = closed;
            updated = closed;
        }
        const QByteArray mediator =
            kind.cityMediator && rng.chance(0.6)
                ? QByteArray(kind.cityMediator)
                : names::shortTown(world.regions[size_t(region.town)].name) +
                      (rng.chance(0.5) ? "人民调解委员会" : "矛盾纠纷调处中心");
        double amount = 0;
        if (kind.medianAmount > 0 || rng.chance(0.2))
            amount =
                std::round(std::max(500.0, kind.medianAmount > 0 ? kind.medianAmount : 2000.0) *
                           std::exp(0.9 * rng.normal()) / 100) *
                100;

        Json &j = out.beginRecord(makeId("d", qint64(i) + 1, 6), updated,
                                  rng.chance(0.7) ? "limited" : "public");
        j.key("kind").str(kind.name);
        j.key("region_id").str(region.id);
        j.key("location").lonLat(world.pointIn(region, rng));
        j.key("received_at").time(received[i]);
        j.key("channel").str(kChannels[rng.weighted({30.0, 15.0, 15.0, 25.0, 15.0})]);
        j.key("status").str(status);
        j.key("mediator_org").str(mediator);
        j.key("closed_at").timeOrNull(closedAt);
        j.key("parties").integer(rng.weighted({70.0, 15.0, 8.0, 4.0, 3.0}) + 2);
        j.key("amount").real(amount, 0);
        j.key("person_ids").beginArray();
        const QList<int> &residents = world.personsByCell[world.cellSlot[cell]];
        if (!residents.isEmpty() && rng.chance(0.08))
            j.str(world.persons[residents[rng.below(int(residents.size()))]].id);
        j.endArray();
        out.endRecord();
    }
}

void DisputeGenerator::writeServices(const World &world, DatasetWriter &out)
{
    Random rng = world.rng(31);
    const std::vector<qint64> received = arrivals(world, world.scale.services, rng);
    double weights[std::size(kServiceChannels)];
    for (size_t k = 0; k < std::size(kServiceChannels); ++k)
        weights[k] = kServiceChannels[k].weight;
    out.beginSection("services", qint64(received.size()));
    for (size_t i = 0; i < received.size(); ++i) {
        const ServiceChannel &channel = kServiceChannels[rng.weighted(weights)];
        const int cell = world.cells[world.cellsByPopulation.pick(rng)];
        const qint64 closed =
            received[i] + 300 + qint64(rng.exponential(channel.closeMeanDays * kDay));
        const bool isClosed = closed < world.now;
        Json &j = out.beginRecord(makeId("sr", qint64(i) + 1, 6), isClosed ? closed : received[i],
                                  "limited");
        j.key("channel").str(channel.name);
        j.key("kind").str(channel.kinds[size_t(rng.below(int(channel.kinds.size())))]);
        j.key("region_id").str(world.regions[size_t(cell)].id);
        j.key("received_at").time(received[i]);
        j.key("closed_at").timeOrNull(isClosed ? closed : 0);
        j.key("satisfaction");
        if (isClosed && rng.chance(0.85))
            j.integer(rng.weighted({2.0, 3.0, 10.0, 35.0, 50.0}) + 1);
        else
            j.null();
        out.endRecord();
    }
}

} // namespace yiping::gen
