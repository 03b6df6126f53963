#include "Fixtures.h"
#include "domain/Time.h"
#include "store/AnnotationQueue.h"
#include "store/Repository.h"

using namespace yiping;
using namespace yiping::domain;
using namespace yiping::store;
using fixtures::L;

Q_DECLARE_METATYPE(yiping::domain::Collection)

class TestStoreWrite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    template<typename T> std::optional<T> read(const QString &id)
    {
        return Repository<T>(m_store->database()).byId(id);
    }

    // One typed field of each collection, read back through its repository.
    QString typedField(Collection c, const QString &id)
    {
        switch (c) {
        case Collection::Regions:
            return QString::number(read<Region>(id)->geometry.size());
        case Collection::Persons:
            return read<Person>(id)->name;
        case Collection::Sites:
            return read<Site>(id)->kind.raw;
        case Collection::Orgs:
            return read<Org>(id)->name;
        case Collection::Events:
            return QString::number(*read<Event>(id)->occurredAt);
        case Collection::Cases: {
            const Case k = *read<Case>(id);
            return QString::number(k.stages.size()) + k.stages.last().stage.raw;
        }
        case Collection::Disputes:
            return read<Dispute>(id)->channel.raw;
        case Collection::Services:
            return read<Service>(id)->channel.raw;
        case Collection::Tracks:
            return QString::number(read<Track>(id)->location->x());
        case Collection::Relations:
            return read<Relation>(id)->to.id;
        case Collection::Surveys:
            return QString::number(read<Survey>(id)->score);
        case Collection::Alerts:
            return read<Alert>(id)->level.raw;
        case Collection::Assessments:
            return read<Assessment>(id)->unit.type.raw;
        case Collection::Annotations:
            return read<Annotation>(id)->author;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("c.sqlite")));
        m_store = fixtures::openStore(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(m_store);
    }
    void cleanup() { m_store.reset(); }

    void roundTrip_data()
    {
        QTest::addColumn<Collection>("collection");
        QTest::addColumn<QString>("expected");
        const auto row = [](Collection c, const QString &expected) {
            QTest::newRow(collectionName(c).data()) << c << expected;
        };
        row(Collection::Regions, QStringLiteral("1"));
        row(Collection::Persons, QStringLiteral("张伟"));
        row(Collection::Sites, QStringLiteral("school"));
        row(Collection::Orgs, QStringLiteral("莆田鞋业有限公司"));
        row(Collection::Events,
            QString::number(*parseRfc3339(QByteArrayView("2026-11-27T00:30:00Z"))));
        row(Collection::Cases, QStringLiteral("2first_instance"));
        row(Collection::Disputes, QStringLiteral("walk_in"));
        row(Collection::Services, QStringLiteral("12348"));
        row(Collection::Tracks, QStringLiteral("119.005"));
        row(Collection::Relations, QStringLiteral("p-2"));
        row(Collection::Surveys, QStringLiteral("91.5"));
        row(Collection::Alerts, QStringLiteral("red"));
        row(Collection::Assessments, QStringLiteral("region"));
        row(Collection::Annotations, QStringLiteral("analyst1"));
    }

    void roundTrip()
    {
        QFETCH(Collection, collection);
        QFETCH(QString, expected);
        const Store::PageResult r = m_store->applyPage(
            collection, {fixtures::record(collection, QStringLiteral("x-1"), 7)}, 7);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.upserted, 1);
        QCOMPARE(m_store->cursor(collection), 7);
        QCOMPARE(m_store->count(collection), 1);
        QCOMPARE(typedField(collection, QStringLiteral("x-1")), expected);
        // A newer revision replaces it; the id stays unique.
        QVERIFY(
            m_store
                ->applyPage(collection, {fixtures::record(collection, QStringLiteral("x-1"), 9)}, 9)
                .ok);
        QCOMPARE(m_store->count(collection), 1);
        QCOMPARE(m_store->cursor(collection), 9);
    }

    void columnsForPages()
    {
        const QJsonObject extra{{L("phone"), L("138****5678")},
                                {L("region_id"), L("r-9")},
                                {L("location"), fixtures::lonLat(119.1, 25.5)}};
        QVERIFY(m_store
                    ->applyPage(
                        Collection::Persons,
                        {fixtures::record(Collection::Persons, QStringLiteral("p-1"), 3, extra)}, 3)
                    .ok);
        Statement st(m_store->database(), "SELECT name, phone, category, risk_level, status, "
                                          "region_id, lon, lat FROM persons WHERE id='p-1'");
        QVERIFY(st.step());
        QCOMPARE(st.columnText(0), QStringLiteral("张伟"));
        QCOMPARE(st.columnText(1), QStringLiteral("138****5678"));
        QCOMPARE(st.columnText(2), QStringLiteral("petitioner"));
        QCOMPARE(st.columnInt(3), 2);
        QCOMPARE(st.columnText(5), QStringLiteral("r-9"));
        QCOMPARE(st.columnDouble(6), 119.1);
    }

    void unknownEnumValuesAreKept()
    {
        const QJsonObject extra{{L("category"), L("cyber_fraud")},
                                {L("status"), L("watching")},
                                {L("risk_level"), 7},
                                {L("future_field"), L("ignored")}};
        QVERIFY(m_store
                    ->applyPage(
                        Collection::Persons,
                        {fixtures::record(Collection::Persons, QStringLiteral("p-1"), 3, extra)}, 3)
                    .ok);
        const Person p = *read<Person>(QStringLiteral("p-1"));
        QVERIFY(!p.category.isKnown());
        QCOMPARE(p.category.raw, QStringLiteral("cyber_fraud"));
        QCOMPARE(p.status.raw, QStringLiteral("watching"));
        QCOMPARE(p.riskLevel, 7);
        QVERIFY(!isKnownLevel(p.riskLevel));
        // The record is kept whole, unknown fields included.
        const std::optional<QByteArray> json =
            RecordReader(m_store->database(), Collection::Persons).byId(QStringLiteral("p-1"));
        QVERIFY(json->contains("future_field"));
    }

    void tombstonesDelete()
    {
        QVERIFY(m_store
                    ->applyPage(Collection::Persons,
                                {fixtures::record(Collection::Persons, QStringLiteral("p-1"), 1),
                                 fixtures::record(Collection::Persons, QStringLiteral("p-2"), 2)},
                                2)
                    .ok);
        const Store::PageResult r =
            m_store->applyPage(Collection::Persons,
                               {fixtures::tombstone(QStringLiteral("p-1"), 3),
                                fixtures::tombstone(QStringLiteral("never-seen"), 4)},
                               4);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.deleted, 1);
        QVERIFY(!read<Person>(QStringLiteral("p-1")));
        QVERIFY(read<Person>(QStringLiteral("p-2")));
        QCOMPARE(m_store->cursor(Collection::Persons), 4);
    }

    void staleRevisionIgnored()
    {
        QVERIFY(m_store
                    ->applyPage(Collection::Persons,
                                {fixtures::record(Collection::Persons, QStringLiteral("p-1"), 10,
                                                  {{L("name"), L("new")}})},
                                10)
                    .ok);
        const Store::PageResult r =
            m_store->applyPage(Collection::Persons,
                               {fixtures::record(Collection::Persons, QStringLiteral("p-1"), 5,
                                                 {{L("name"), L("old")}})},
                               5);
        QCOMPARE(r.stale, 1);
        QCOMPARE(read<Person>(QStringLiteral("p-1"))->name, QStringLiteral("new"));
        QCOMPARE(m_store->cursor(Collection::Persons), 10); // a cursor never goes back
    }

    void badPageAppliesNothing_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("no id") << QByteArray(
            R"({"rev":5,"updated_at":"2026-01-01T00:00:00Z","name":"x","category":"other","risk_level":1,"status":"managed"})");
        QTest::newRow("no rev") << QByteArray(
            R"({"id":"p-bad","updated_at":"2026-01-01T00:00:00Z","name":"x","category":"other","risk_level":1,"status":"managed"})");
        QTest::newRow("missing required") << QByteArray(
            R"({"id":"p-bad","rev":5,"updated_at":"2026-01-01T00:00:00Z","name":"x"})");
        QTest::newRow("not json") << QByteArray("{\"id\": \"p-bad\", ");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("bad location") << QByteArray(
            R"({"id":"p-bad","rev":5,"updated_at":"2026-01-01T00:00:00Z","name":"x","category":"other","risk_level":1,"status":"managed","location":"here"})");
    }

    void badPageAppliesNothing()
    {
        QFETCH(QByteArray, bad);
        QVERIFY(m_store
                    ->applyPage(Collection::Persons,
                                {fixtures::record(Collection::Persons, QStringLiteral("p-0"), 1)},
                                1)
                    .ok);
        const Store::PageResult r =
            m_store->applyPage(Collection::Persons,
                               {fixtures::record(Collection::Persons, QStringLiteral("p-1"), 2),
                                fixtures::tombstone(QStringLiteral("p-0"), 3), bad,
                                fixtures::record(Collection::Persons, QStringLiteral("p-3"), 6)},
                               6);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("3")));
        QCOMPARE(m_store->cursor(Collection::Persons), 1);
        QCOMPARE(m_store->count(Collection::Persons), 1);
        QVERIFY(read<Person>(QStringLiteral("p-0")));
        QVERIFY(!read<Person>(QStringLiteral("p-1")));
    }

    void forcedFailureAppliesNothing()
    {
        // A failure inside SQLite mid-page (here a trigger) must roll the whole page back.
        m_store->database().exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON main.events "
                                 "WHEN NEW.id='e-2' BEGIN SELECT RAISE(ABORT, 'forced'); END");
        const Store::PageResult r =
            m_store->applyPage(Collection::Events,
                               {fixtures::record(Collection::Events, QStringLiteral("e-1"), 1),
                                fixtures::record(Collection::Events, QStringLiteral("e-2"), 2)},
                               2);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("forced")), qPrintable(r.error));
        QCOMPARE(m_store->count(Collection::Events), 0);
        QCOMPARE(m_store->cursor(Collection::Events), 0);
        QCOMPARE(m_store->database().scalarInt("SELECT count(*) FROM events_geo"), 0);
        m_store->database().exec("DROP TRIGGER boom");
        QVERIFY(m_store
                    ->applyPage(Collection::Events,
                                {fixtures::record(Collection::Events, QStringLiteral("e-1"), 1)}, 1)
                    .ok);
        QVERIFY(m_store->verify().isEmpty());
    }

    void jsonArrayPage()
    {
        QJsonArray items{
            QJsonDocument::fromJson(fixtures::record(Collection::Sites, QStringLiteral("s-1"), 4))
                .object()};
        const Store::PageResult r = m_store->applyPage(Collection::Sites, items, 4);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(read<Site>(QStringLiteral("s-1"))->name, QStringLiteral("莆田学院"));
    }

    void annotationQueue()
    {
        AnnotationQueue queue(m_store->database());
        Annotation a =
            Annotation::fromJson(QJsonDocument::fromJson(fixtures::record(Collection::Annotations,
                                                                          QStringLiteral("a-1"), 1))
                                     .object());
        a.text = QStringLiteral("需要回访");
        queue.enqueue(a, 0);
        QCOMPARE(queue.count(), 1);
        const QList<AnnotationQueue::Entry> pending = queue.pending();
        QCOMPARE(pending.first().annotation.text, QStringLiteral("需要回访"));
        queue.markConflict(QStringLiteral("a-1"), QByteArray("{\"id\":\"a-1\"}"));
        QCOMPARE(queue.pending().first().conflict, QByteArray("{\"id\":\"a-1\"}"));
        queue.markUploaded(QStringLiteral("a-1"));
        QCOMPARE(queue.count(), 0);
        QCOMPARE(m_store->database().scalarInt("PRAGMA synchronous"), 1); // back to NORMAL
    }

    void timeParsing_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("epoch");
        QTest::newRow("offset") << QByteArray("2026-11-27T08:30:00+08:00") << qint64(1795739400);
        QTest::newRow("utc") << QByteArray("2026-11-27T00:30:00Z") << qint64(1795739400);
        QTest::newRow("fraction") << QByteArray("2026-11-27T00:30:00.250Z") << qint64(1795739400);
        QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
        QTest::newRow("negative offset") << QByteArray("1969-12-31T19:00:00-05:00") << qint64(0);
    }
    void timeParsing()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, epoch);
        QCOMPARE(parseRfc3339(QByteArrayView(text)), std::optional<qint64>(epoch));
        QVERIFY(!parseRfc3339(QByteArrayView("2026-13-01T00:00:00Z")));
        QVERIFY(!parseRfc3339(QByteArrayView("yesterday")));
    }
};

QTEST_GUILESS_MAIN(TestStoreWrite)
#include "tst_store_write.moc"
