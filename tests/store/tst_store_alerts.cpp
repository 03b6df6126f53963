// The alerts reader: open alerts newest first, with their region's centre and any ack
// waiting here; a cache it cannot read gives an error, never an empty list.
#include "Fixtures.h"
#include "store/AlertReader.h"
#include "store/AnnotationQueue.h"

using namespace yiping;
using namespace yiping::domain;
using namespace yiping::store;
using fixtures::L;

namespace {

QByteArray alert(const char *id, qint64 rev, const char *level, const char *raisedAt,
                 const char *status, const char *regionId)
{
    QJsonObject fields{{L("level"), L(level)},
                       {L("raised_at"), L(raisedAt)},
                       {L("status"), L(status)},
                       {L("message"), QStringLiteral("预警 %1").arg(QLatin1StringView(id))}};
    if (regionId)
        fields.insert(L("region_id"), L(regionId));
    return fixtures::record(Collection::Alerts, QString::fromLatin1(id), rev, fields);
}

AlertReader::Result readOpen(const QString &path, int limit)
{
    std::unique_ptr<Store> store = fixtures::openStore(path);
    return AlertReader(store->database()).open(limit);
}

QStringList idsOf(const AlertReader::Result &r)
{
    QStringList ids;
    for (const ListedAlert &a : r.alerts)
        ids.append(a.alert.id);
    return ids;
}

} // namespace

class TestStoreAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // Four alerts, three open; the newest raised is not the last received (rev), and one
    // has an ack queued here.
    QString fixtureCache()
    {
        const QString path = m_dir.filePath(QStringLiteral("alerts-%1.sqlite").arg(++m_n));
        std::unique_ptr<Store> store = fixtures::openStore(path);
        [&] {
            QVERIFY(store
                        ->applyPage(
                            Collection::Regions,
                            {fixtures::record(Collection::Regions, QStringLiteral("g-1"), 1,
                                              {{L("centroid"), fixtures::lonLat(119.01, 25.43)}})},
                            1)
                        .ok);
            QVERIFY(
                store
                    ->applyPage(
                        Collection::Alerts,
                        {alert("al-1", 2, "orange", "2026-11-27T08:00:00+08:00", "open", "g-1"),
                         alert("al-2", 3, "red", "2026-11-27T10:00:00+08:00", "open", nullptr),
                         alert("al-3", 4, "blue", "2026-11-27T09:00:00+08:00", "closed", "g-1"),
                         alert("al-4", 5, "yellow", "2026-11-27T09:30:00+08:00", "open", "g-9")},
                        5)
                    .ok);
        }();
        AnnotationQueue(store->database())
            .enqueue(AnnotationQueue::make(RefType::Alert, QStringLiteral("al-1"),
                                           AnnotationKind::Ack, QStringLiteral("analyst1"),
                                           QStringLiteral("ok")),
                     0);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openAlertsNewestFirst()
    {
        const AlertReader::Result r = readOpen(fixtureCache(), 500);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.total, 3);
        // Raised 10:00, 09:30, 08:00; al-3 is closed.
        QCOMPARE(idsOf(r), QStringList({QStringLiteral("al-2"), QStringLiteral("al-4"),
                                        QStringLiteral("al-1")}));
        const ListedAlert &al2 = r.alerts.at(0);
        QCOMPARE(al2.alert.level.value, AlertLevel::Red);
        QCOMPARE(al2.alert.message, QStringLiteral("预警 al-2"));
        QCOMPARE(al2.alert.raisedAt, std::optional<qint64>(1795744800)); // 2026-11-27 02:00 UTC
        QVERIFY(!al2.lonLat);                                            // no region
        QVERIFY(!al2.ackPending);
        QVERIFY(!r.alerts.at(1).lonLat); // a region the cache does not hold
        const ListedAlert &al1 = r.alerts.at(2);
        QCOMPARE(al1.lonLat, std::optional<QPointF>(QPointF(119.01, 25.43)));
        QVERIFY(al1.ackPending);
    }

    void limitKeepsTheNewest()
    {
        const AlertReader::Result r = readOpen(fixtureCache(), 2);
        QCOMPARE(idsOf(r), QStringList({QStringLiteral("al-2"), QStringLiteral("al-4")}));
        QCOMPARE(r.total, 3); // the list says how many it leaves out
    }

    void liveAlertsArePlacedAsListedOnes()
    {
        std::unique_ptr<Store> store = fixtures::openStore(fixtureCache());
        [&] {
            QVERIFY(store
                        ->applyPage(
                            Collection::Regions,
                            {fixtures::record(Collection::Regions, QStringLiteral("d-1"), 2, {}),
                             fixtures::record(Collection::Regions, QStringLiteral("t-1"), 3,
                                              {{L("parent_id"), L("d-1")}}),
                             fixtures::record(Collection::Regions, QStringLiteral("g-2"), 4,
                                              {{L("parent_id"), L("t-1")},
                                               {L("centroid"), fixtures::lonLat(119.02, 25.44)}})},
                            4)
                        .ok);
        }();
        AlertReader reader(store->database());
        Alert live;
        live.id = QStringLiteral("al-9");
        live.regionId = QStringLiteral("g-2");
        ListedAlert placed = reader.locate(live);
        QCOMPARE(placed.lonLat, std::optional<QPointF>(QPointF(119.02, 25.44)));
        // Finest first, as the list's own rows: what "this region only" matches.
        QCOMPARE(placed.regionPath, QStringList({QStringLiteral("g-2"), QStringLiteral("t-1"),
                                                 QStringLiteral("d-1")}));
        QVERIFY(!placed.ackPending);
        live.id = QStringLiteral("al-1"); // acked here
        live.regionId = QStringLiteral("g-9");
        placed = reader.locate(live);
        QVERIFY(placed.ackPending);
        QVERIFY(!placed.lonLat);
        QVERIFY(placed.regionPath.isEmpty());
        live.regionId.clear();
        QVERIFY(!reader.locate(live).lonLat);
    }

    void aDroppedTableIsAnError()
    {
        const QString path = fixtureCache();
        {
            std::unique_ptr<Store> store = fixtures::openStore(path);
            store->database().exec("DROP TABLE alerts");
        }
        const AlertReader::Result r = readOpen(path, 500);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("no such table: alerts")), qPrintable(r.error));
        QVERIFY(r.alerts.isEmpty());
    }

    void aDamagedQueueIsAnError()
    {
        // The alerts read fine but the upload queue does not: the acks waiting here cannot
        // be told, so the list is not shown as if none waited.
        std::unique_ptr<Store> store =
            fixtures::openStore(m_dir.filePath(QStringLiteral("queue.sqlite")));
        store->database().exec("DROP TABLE pending_annotation");
        const AlertReader::Result r = AlertReader(store->database()).open(500);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("pending_annotation")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestStoreAlerts)
#include "tst_store_alerts.moc"
