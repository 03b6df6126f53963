#include "Simulator.h"

#include "Masking.h"
#include "ServerDatabase.h"
#include "ServerTime.h"
#include "StreamHub.h"
#include "domain/Levels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace yiping::server {

namespace {

QRandomGenerator &rng()
{
    return *QRandomGenerator::global();
}

template<typename T, size_t N> const T &pick(const T (&items)[N])
{
    return items[rng().bounded(int(N))];
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonArray jitter(const QJsonArray &lonLat)
{
    const double d = 0.002;
    return {lonLat.at(0).toDouble() + rng().bounded(2 * d) - d,
            lonLat.at(1).toDouble() + rng().bounded(2 * d) - d};
}

struct Step
{
    const char *stage;
    const char *agency;
};

// The usual path of a criminal case; other kinds follow it as far as it fits.
const Step caseFlow[] = {
    {"filing", "police"},
    {"investigation", "police"},
    {"prosecution_review", "procuratorate"},
    {"first_instance", "court"},
    {"enforcement", "justice"},
    {"closed", "court"},
};

} // namespace

Simulator::Simulator(ServerDatabase &db, StreamHub &stream, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_stream(stream)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Simulator::tick);
}

void Simulator::start()
{
    m_timer.start(2000 + rng().bounded(1000));
}

qint64 Simulator::write(const QByteArray &collection, QJsonObject &record, int classification,
                        const QByteArray &regionCode)
{
    const qint64 rev = m_db.write(collection, record, classification, regionCode);
    m_changed.insert(collection, rev);
    return rev;
}

void Simulator::tick()
{
    m_changed.clear();
    try {
        newEvent();
        advanceCase();
        settleDispute();
        moveKeyPerson();
    } catch (const store::SqlError &e) {
        // Exceptions must not cross the event loop; the next tick tries again.
        qWarning("simulate: %s", e.what());
    }
    if (!m_changed.isEmpty())
        m_stream.announceChanged(m_changed);
    start();
}

void Simulator::newEvent()
{
    StoredRecord region;
    if (!m_db.pickRandom("regions", &region))
        return;
    const QJsonObject r = parse(region.json);
    static const char *const sources[] = {"police", "grid", "opinion", "hotline", "sensor"};
    static const char *const categories[] = {"theft", "fight",   "fire_hazard", "noise",
                                             "fraud", "traffic", "petition"};
    const int severity = 1 + rng().bounded(4);
    const QString now = rfc3339Now();
    const QString id = QStringLiteral("e-sim-%1").arg(m_db.maxRev() + 1);
    QJsonObject event{
        {QStringLiteral("id"), id},
        {QStringLiteral("classification"), QStringLiteral("limited")},
        {QStringLiteral("source"), QLatin1String(pick(sources))},
        {QStringLiteral("category"), QLatin1String(pick(categories))},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("occurred_at"), now},
        {QStringLiteral("reported_at"), now},
        {QStringLiteral("location"), jitter(r.value(QLatin1String("centroid")).toArray())},
        {QStringLiteral("region_id"), QString::fromUtf8(region.id)},
        {QStringLiteral("status"), QStringLiteral("new")},
        {QStringLiteral("resolved_at"), QJsonValue::Null},
        {QStringLiteral("summary"), QStringLiteral("Simulated report")},
        {QStringLiteral("person_ids"), QJsonArray{}},
        {QStringLiteral("site_id"), QJsonValue::Null},
    };
    write("events", event, 1, region.regionCode);
    if (severity < 3 && rng().bounded(2) == 0)
        return;
    static const char *const levels[] = {"blue", "yellow", "orange", "red"};
    QJsonObject alert{
        {QStringLiteral("id"), QStringLiteral("al-sim-%1").arg(m_db.maxRev() + 1)},
        {QStringLiteral("classification"), QStringLiteral("limited")},
        {QStringLiteral("rule"), QStringLiteral("severe_event")},
        {QStringLiteral("level"), QLatin1String(levels[severity - 1])},
        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                                                {QStringLiteral("id"), id}}},
        {QStringLiteral("region_id"), QString::fromUtf8(region.id)},
        {QStringLiteral("raised_at"), now},
        {QStringLiteral("status"), QStringLiteral("open")},
        // The level by the name the client gives it (severity 4 is level Ⅰ, as red is).
        {QStringLiteral("message"),
         QStringLiteral("%1 event reported").arg(domain::Levels::name(severity))},
    };
    write("alerts", alert, 1, region.regionCode);
    m_stream.announceAlert(QJsonDocument(alert).toJson(QJsonDocument::Compact), 1,
                           region.regionCode);
}

void Simulator::advanceCase()
{
    StoredRecord stored;
    if (!m_db.pickRandom("cases", &stored))
        return;
    QJsonObject c = parse(stored.json);
    const QString stage = c.value(QLatin1String("stage")).toString();
    int next = 0;
    for (int i = 0; i < int(std::size(caseFlow)); ++i)
        if (stage == QLatin1String(caseFlow[i].stage))
            next = i + 1;
    if (stage == QLatin1String("closed") || next >= int(std::size(caseFlow)))
        return;
    const QString now = rfc3339Now();
    QJsonArray stages = c.value(QLatin1String("stages")).toArray();
    if (!stages.isEmpty()) {
        QJsonObject last = stages.last().toObject();
        last.insert(QLatin1String("left_at"), now);
        stages.replace(stages.size() - 1, last);
    }
    const Step &step = caseFlow[next];
    const bool closed = qstrcmp(step.stage, "closed") == 0;
    stages.append(QJsonObject{{QStringLiteral("stage"), QLatin1String(step.stage)},
                              {QStringLiteral("agency"), QLatin1String(step.agency)},
                              {QStringLiteral("entered_at"), now},
                              {QStringLiteral("left_at"), QJsonValue::Null}});
    c.insert(QLatin1String("stages"), stages);
    c.insert(QLatin1String("stage"), QLatin1String(step.stage));
    c.insert(QLatin1String("agency"), QLatin1String(step.agency));
    if (closed)
        c.insert(QLatin1String("closed_at"), now);
    write("cases", c, stored.classification, stored.regionCode);
}

void Simulator::settleDispute()
{
    StoredRecord stored;
    if (!m_db.pickRandom("disputes", &stored))
        return;
    QJsonObject d = parse(stored.json);
    const QString status = d.value(QLatin1String("status")).toString();
    if (status != QLatin1String("received") && status != QLatin1String("mediating"))
        return;
    const bool mediated = rng().bounded(4) != 0; // most mediations succeed
    d.insert(QLatin1String("status"),
             mediated ? QStringLiteral("mediated") : QStringLiteral("failed"));
    d.insert(QLatin1String("closed_at"), mediated ? QJsonValue(rfc3339Now()) : QJsonValue());
    write("disputes", d, stored.classification, stored.regionCode);
}

void Simulator::moveKeyPerson()
{
    StoredRecord person;
    if (!m_db.pickRandom("persons", &person))
        return;
    const QJsonArray at = parse(person.json).value(QLatin1String("location")).toArray();
    if (at.size() != 2)
        return;
    static const char *const sources[] = {"checkpoint",    "face",      "hotel",
                                          "internet_cafe", "transport", "cell"};
    QJsonObject track{
        {QStringLiteral("id"), QStringLiteral("t-sim-%1").arg(m_db.maxRev() + 1)},
        {QStringLiteral("classification"), clearanceName(Clearance(person.classification))},
        {QStringLiteral("person_id"), QString::fromUtf8(person.id)},
        {QStringLiteral("at"), rfc3339Now()},
        {QStringLiteral("location"), jitter(at)},
        {QStringLiteral("source"), QLatin1String(pick(sources))},
    };
    write("tracks", track, person.classification, person.regionCode);
}

} // namespace yiping::server
