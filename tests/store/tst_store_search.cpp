#include "Fixtures.h"
#include "store/Pinyin.h"
#include "store/Search.h"

using namespace yiping;
using namespace yiping::domain;
using namespace yiping::store;
using fixtures::L;

class TestStoreSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static QByteArray person(const char *id, int rev, const QString &name, const char *idNumber,
                             const char *phone, const QString &address)
    {
        return fixtures::record(Collection::Persons, QLatin1StringView(id), rev,
                                {{L("name"), name},
                                 {L("id_number"), L(idNumber)},
                                 {L("phone"), L(phone)},
                                 {L("address"), address},
                                 {L("location"), fixtures::lonLat(119.0 + rev / 100.0, 25.4)}});
    }

    // Ids of the hits of one kind, best first.
    QStringList ids(const QString &query, SearchKind kind = SearchKind::Person)
    {
        QStringList out;
        for (const SearchGroup &g : Search(m_store->database()).find(query))
            if (g.kind == kind)
                for (const SearchHit &h : g.hits)
                    out.append(h.id);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = fixtures::openStore(m_dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(m_store);
        QVERIFY(
            m_store
                ->applyPage(Collection::Regions,
                            {fixtures::record(Collection::Regions, QStringLiteral("r-1"), 1,
                                              {{L("name"), QStringLiteral("城厢区")},
                                               {L("level"), 2},
                                               {L("centroid"), fixtures::lonLat(119.0, 25.43)}})},
                            1)
                .ok);
        const Store::PageResult r = m_store->applyPage(
            Collection::Persons,
            {person("p-1", 2, QStringLiteral("张伟"), "350302199001011234", "13812345678",
                    QStringLiteral("福建省莆田市城厢区凤凰山街道")),
             person("p-2", 3, QStringLiteral("王芳"), "350303198502023456", "13998765432",
                    QStringLiteral("莆田市荔城区镇海街道")),
             person("p-3", 4, QStringLiteral("欧阳建国"), "350304197703037890", "13700001111",
                    QStringLiteral("仙游县鲤城街道")),
             person("p-4", 5, QStringLiteral("张伟强"), "350302200012120000", "13655556666",
                    QStringLiteral("涵江区")),
             person("p-5", 6, QStringLiteral("NEAR(x) name:x \"q\" *"), "1", "2", QString())},
            6);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(m_store
                    ->applyPage(Collection::Sites,
                                {fixtures::record(
                                    Collection::Sites, QStringLiteral("s-1"), 7,
                                    {{L("address"), QStringLiteral("城厢区学园中街1133号")}})},
                                7)
                    .ok);
        QVERIFY(m_store
                    ->applyPage(Collection::Cases,
                                {fixtures::record(Collection::Cases, QStringLiteral("c-1"), 8,
                                                  {{L("title"), QStringLiteral("王某盗窃案")},
                                                   {L("region_id"), L("r-1")}})},
                                8)
                    .ok);
        QVERIFY(m_store
                    ->applyPage(Collection::Events,
                                {fixtures::record(
                                    Collection::Events, QStringLiteral("e-1"), 9,
                                    {{L("summary"), QStringLiteral("凤凰山街道发生电动车盗窃")},
                                     {L("location"), fixtures::lonLat(119.02, 25.42)}})},
                                9)
                    .ok);
    }
    void cleanupTestCase() { m_store.reset(); }

    void pinyinTable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("initials");
        QTest::newRow("张伟") << QStringLiteral("张伟") << QStringLiteral("zhangwei")
                              << QStringLiteral("zw");
        QTest::newRow("欧阳") << QStringLiteral("欧阳建国") << QStringLiteral("ouyangjianguo")
                              << QStringLiteral("oyjg");
        QTest::newRow("吕 (ü as v)")
            << QStringLiteral("吕") << QStringLiteral("lv") << QStringLiteral("l");
        QTest::newRow("mixed") << QStringLiteral("A栋") << QStringLiteral("adong")
                               << QStringLiteral("ad");
    }
    void pinyinTable()
    {
        QFETCH(QString, text);
        QFETCH(QString, full);
        QFETCH(QString, initials);
        const pinyin::Spellings s = pinyin::spell(text);
        QVERIFY2(s.full.contains(full), qPrintable(s.full.join(QLatin1Char(','))));
        QVERIFY2(s.initials.contains(initials), qPrintable(s.initials.join(QLatin1Char(','))));
    }

    void find_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // persons, best first
        QTest::newRow("full name")
            << QStringLiteral("张伟") << QStringList{QStringLiteral("p-1"), QStringLiteral("p-4")};
        QTest::newRow("one character")
            << QStringLiteral("芳") << QStringList{QStringLiteral("p-2")};
        QTest::newRow("two-character inner")
            << QStringLiteral("建国") << QStringList{QStringLiteral("p-3")};
        QTest::newRow("address substring")
            << QStringLiteral("凤凰山") << QStringList{QStringLiteral("p-1")};
        QTest::newRow("address two characters")
            << QStringLiteral("荔城") << QStringList{QStringLiteral("p-2")};
        QTest::newRow("pinyin full") << QStringLiteral("zhangwei")
                                     << QStringList{QStringLiteral("p-1"), QStringLiteral("p-4")};
        QTest::newRow("pinyin upper case")
            << QStringLiteral("WangFang") << QStringList{QStringLiteral("p-2")};
        QTest::newRow("pinyin prefix")
            << QStringLiteral("ouyang") << QStringList{QStringLiteral("p-3")};
        QTest::newRow("initials") << QStringLiteral("zw")
                                  << QStringList{QStringLiteral("p-1"), QStringLiteral("p-4")};
        QTest::newRow("initials three")
            << QStringLiteral("zwq") << QStringList{QStringLiteral("p-4")};
        QTest::newRow("id fragment")
            << QStringLiteral("19900101") << QStringList{QStringLiteral("p-1")};
        QTest::newRow("id tail") << QStringLiteral("7890") << QStringList{QStringLiteral("p-3")};
        QTest::newRow("phone fragment")
            << QStringLiteral("9876") << QStringList{QStringLiteral("p-2")};
        QTest::newRow("two tokens")
            << QStringLiteral("张伟 涵江") << QStringList{QStringLiteral("p-4")};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("spaces") << QStringLiteral("   ") << QStringList{};
        QTest::newRow("NEAR( as text")
            << QStringLiteral("NEAR(") << QStringList{QStringLiteral("p-5")};
        QTest::newRow("column filter as text")
            << QStringLiteral("name:x") << QStringList{QStringLiteral("p-5")};
        QTest::newRow("lone quote") << QStringLiteral("\"") << QStringList{};
        QTest::newRow("quoted text")
            << QStringLiteral("\"q\"") << QStringList{QStringLiteral("p-5")};
        QTest::newRow("star") << QStringLiteral("*") << QStringList{};
        QTest::newRow("star is no prefix operator")
            << QStringLiteral("张*") << QStringList{QStringLiteral("p-1"), QStringLiteral("p-4")};
        QTest::newRow("boolean words") << QStringLiteral("张伟 OR 王芳") << QStringList{};
        QTest::newRow("no match") << QStringLiteral("李四") << QStringList{};
    }

    void find()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(query), expected);
    }

    void groupsAndPlaces()
    {
        const QList<SearchGroup> groups = Search(m_store->database()).find(QStringLiteral("城厢"));
        QStringList kinds;
        for (const SearchGroup &g : groups)
            kinds.append(QString::number(int(g.kind)));
        QCOMPARE(kinds,
                 QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("6")}));
        const SearchHit &region = groups.last().hits.first();
        QCOMPARE(region.title, QStringLiteral("城厢区"));
        QCOMPARE(region.score, 80);
        QCOMPARE(region.location, std::optional<QPointF>(QPointF(119.0, 25.43)));
    }

    void casesAndEvents()
    {
        QCOMPARE(ids(QStringLiteral("闽0302刑初"), SearchKind::Case),
                 QStringList{QStringLiteral("c-1")});
        QCOMPARE(ids(QStringLiteral("盗窃"), SearchKind::Case), QStringList{QStringLiteral("c-1")});
        QCOMPARE(ids(QStringLiteral("电动车"), SearchKind::Event),
                 QStringList{QStringLiteral("e-1")});
        // A case is shown where its region is.
        const QList<SearchGroup> groups =
            Search(m_store->database()).find(QStringLiteral("盗窃案"));
        QCOMPARE(groups.first().hits.first().location,
                 std::optional<QPointF>(QPointF(119.0, 25.43)));
    }

    void updatesAndDeletesReachTheIndex()
    {
        QVERIFY(m_store
                    ->applyPage(Collection::Persons,
                                {person("p-2", 20, QStringLiteral("王丽"), "x", "y", QString())},
                                20)
                    .ok);
        QCOMPARE(ids(QStringLiteral("王芳")), QStringList{});
        QCOMPARE(ids(QStringLiteral("王丽")), QStringList{QStringLiteral("p-2")});
        QVERIFY(m_store
                    ->applyPage(Collection::Persons,
                                {fixtures::tombstone(QStringLiteral("p-2"), 21)}, 21)
                    .ok);
        QCOMPARE(ids(QStringLiteral("王丽")), QStringList{});
        QCOMPARE(ids(QStringLiteral("wl")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_store_search.moc"
