#include "Fixtures.h"
#include "store/AnnotationQueue.h"
#include "store/CellLocator.h"
#include "store/DatasetImport.h"
#include "store/Schema.h"
#include "store/Search.h"

#include <QDir>

using namespace yiping;
using namespace yiping::domain;
using namespace yiping::store;
using fixtures::L;

class TestStoreFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_n)); }

    static Annotation note(const char *id)
    {
        Annotation a =
            Annotation::fromJson(QJsonDocument::fromJson(fixtures::record(Collection::Annotations,
                                                                          QLatin1StringView(id), 1))
                                     .object());
        a.text = QStringLiteral("离线笔记");
        return a;
    }

    // A cache with one pending annotation (early in the file) and enough persons behind it
    // to fill many pages.
    QString populatedCache()
    {
        const QString path = freshPath();
        std::unique_ptr<Store> store = fixtures::openStore(path);
        AnnotationQueue(store->database()).enqueue(note("a-1"), 0);
        QList<QByteArray> persons;
        for (int i = 0; i < 3000; ++i)
            persons.append(
                fixtures::record(Collection::Persons, QStringLiteral("p-%1").arg(i), i + 1,
                                 {{L("address"), QStringLiteral("莆田市城厢区某某街道%1号").arg(i)},
                                  {L("location"), fixtures::lonLat(119.0 + i * 1e-4, 25.4)}}));
        [&] { QVERIFY(store->applyPage(Collection::Persons, persons, 3000).ok); }();
        return path;
    }

    QStringList asideFiles(const QString &path)
    {
        const QFileInfo info(path);
        // The database file itself; its -wal and -shm companions move along with it.
        QStringList files =
            QDir(info.absolutePath()).entryList({info.fileName() + QStringLiteral(".damaged-*")});
        files.removeIf([](const QString &f) {
            return f.endsWith(QLatin1StringView("-wal")) || f.endsWith(QLatin1StringView("-shm"));
        });
        return files;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migratesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 0; v < Schema::kCurrentVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void migratesEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        const QString path = freshPath();
        {
            Database db = Database::open(path);
            Schema::migrate(db, fromVersion);
            QCOMPARE(Schema::version(db), fromVersion);
            if (fromVersion >= 1) {
                // Rows as version 1 stored them, written without the current code.
                Statement p(db, "INSERT INTO persons(id, rev, json, name) VALUES(?,?,?,?)");
                p.bindStatic(1, "p-1").bind(2, 5).bind(
                    3, fixtures::record(Collection::Persons, QStringLiteral("p-1"), 5,
                                        {{L("location"), fixtures::lonLat(119.005, 25.405)}}));
                p.bindText(4, QStringLiteral("张伟"));
                p.run();
                Statement r(db, "INSERT INTO regions(id, rev, json, level) VALUES(?,?,?,4)");
                r.bindStatic(1, "cell-1")
                    .bind(2, 6)
                    .bind(3,
                          fixtures::record(Collection::Regions, QStringLiteral("cell-1"), 6,
                                           {{L("geometry"), fixtures::square(119.0, 25.4, 0.01)}}));
                r.run();
                db.exec("INSERT INTO sync_cursor VALUES('persons', 5, 1700000000)");
                db.exec(
                    "INSERT INTO pending_annotation(id, json, queued_at) VALUES('a-9', '{}', 1)");
            }
        }
        std::unique_ptr<Store> store = fixtures::openStore(path);
        QVERIFY(store);
        QCOMPARE(Schema::version(store->database()), Schema::kCurrentVersion);
        QVERIFY(store->verify().isEmpty());
        if (fromVersion >= 1) {
            QCOMPARE(store->count(Collection::Persons), 1);
            QCOMPARE(store->cursor(Collection::Persons), 5);
            QCOMPARE(AnnotationQueue(store->database()).count(), 1);
        }
        if (fromVersion == 1) {
            // Version 2's indexes were filled from the rows already there (from version 2 on,
            // the rows written raw above bypass them, which real writes never do).
            QCOMPARE(Search(store->database()).find(QStringLiteral("zw")).size(), 1);
            QCOMPARE(store->cells().cellAt(QPointF(119.005, 25.405)), QStringLiteral("cell-1"));
        }
    }

    void refusesNewerSchema()
    {
        const QString path = freshPath();
        {
            Database db = Database::open(path);
            Schema::migrate(db);
            db.exec("PRAGMA user_version=99");
        }
        const Store::OpenResult r = Store::open(path);
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(QStringLiteral("newer")), qPrintable(r.error));
        Database db = Database::open(path);
        QCOMPARE(Schema::version(db), 99);
        QVERIFY(asideFiles(path).isEmpty());
    }

    void recoversDamagedCache_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("annotationRecovered");
        QTest::newRow("garbage") << QStringLiteral("garbage") << false;
        QTest::newRow("truncated") << QStringLiteral("truncated") << true;
        QTest::newRow("corrupted pages") << QStringLiteral("pages") << true;
    }

    void recoversDamagedCache()
    {
        QFETCH(QString, damage);
        QFETCH(bool, annotationRecovered);
        const QString path = populatedCache();
        QFile f(path);
        if (damage == QLatin1StringView("garbage")) {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(10000, 'x'));
        } else if (damage == QLatin1StringView("truncated")) {
            QVERIFY(f.resize(f.size() / 2));
        } else {
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            for (qint64 at = size / 3; at < size; at += 4096 * 7) {
                f.seek(at);
                f.write(QByteArray(600, '\xA5'));
            }
        }
        f.close();

        const Store::OpenResult r = Store::open(path);
        QVERIFY2(r.store, qPrintable(r.error));
        const QString notices = r.notices.join(QLatin1Char('\n'));
        QVERIFY2(notices.contains(QStringLiteral("damaged")), qPrintable(notices));
        QCOMPARE(asideFiles(path).size(), 1);
        QCOMPARE(r.store->count(Collection::Persons), 0);
        QVERIFY(r.store->verify().isEmpty());
        const QList<AnnotationQueue::Entry> pending =
            AnnotationQueue(r.store->database()).pending();
        if (annotationRecovered) {
            QVERIFY2(pending.size() == 1, qPrintable(notices));
            QCOMPARE(pending.first().annotation.text, QStringLiteral("离线笔记"));
            QVERIFY2(notices.contains(QStringLiteral("recovered")), qPrintable(notices));
        } else {
            QVERIFY(pending.isEmpty());
        }
    }

    void verifyReportsDamage()
    {
        const QString path = populatedCache();
        std::unique_ptr<Store> store = fixtures::openStore(path);
        QVERIFY(store->verify().isEmpty());
        // Index out of step with its table: what verify must catch that open does not.
        store->database().exec("DELETE FROM persons_geo WHERE id <= 5");
        QVERIFY(!store->verify().isEmpty());
    }

    void importsDataset()
    {
        const QString file = m_dir.filePath(QStringLiteral("small.ndjson"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format":"yiping-dataset","version":1,"scale":"small","seed":1,"now":"2026-11-27T08:30:00+08:00","city":{"code":"350300","name":"莆田市","crs":"GCJ-02","center":[119.0,25.4]}})"
            "\n");
        f.write(R"({"collection":"regions","count":1})"
                "\n");
        f.write(fixtures::record(Collection::Regions, QStringLiteral("cell-1"), 1) + '\n');
        f.write(R"({"collection":"persons","count":7})"
                "\n");
        for (int i = 0; i < 7; ++i)
            f.write(fixtures::record(Collection::Persons, QStringLiteral("p-%1").arg(i), 10 + i) +
                    '\n');
        f.close();
        std::unique_ptr<Store> store = fixtures::openStore(freshPath());
        const DatasetImport::Result r = DatasetImport::run(*store, file, 3);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.records, 8);
        QCOMPARE(store->count(Collection::Persons), 7);
        QCOMPARE(store->cursor(Collection::Persons), 16);
        QCOMPARE(store->cursor(Collection::Regions), 1);

        QVERIFY(f.open(QIODevice::Append));
        f.write(R"({"collection":"events","count":5})"
                "\n");
        f.write(fixtures::record(Collection::Events, QStringLiteral("e-1"), 20) + '\n');
        f.close();
        const DatasetImport::Result cut = DatasetImport::run(*store, file, 3);
        QVERIFY(!cut.ok);
        QVERIFY2(cut.error.contains(QStringLiteral("events")), qPrintable(cut.error));
        QCOMPARE(store->count(Collection::Events), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreFile)
#include "tst_store_file.moc"
