// The one masking policy: what each clearance sees of each personal field of each record
// kind, as a table written out by hand; the same policy on a record's JSON (the server's
// masking); the clearance words of the contract.
#include "security/Clearance.h"
#include "security/Masking.h"
#include "security/MaskingPolicy.h"
#include "security/SearchMasking.h"

#include <QJsonObject>
#include <QTest>

using namespace yiping;
using domain::Collection;
using security::Clearance;
using security::MaskingPolicy;
using security::PersonalField;

using L = QLatin1StringView;

class TestMaskingPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shownValue_data()
    {
        QTest::addColumn<Collection>("kind");
        QTest::addColumn<PersonalField>("field");
        QTest::addColumn<Clearance>("viewer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");

        const auto P = Clearance::Public;
        const auto Li = Clearance::Limited;
        const auto R = Clearance::Restricted;
        auto row = [](const char *name, Collection kind, PersonalField field, Clearance viewer,
                      const char *value, const char *shown) {
            QTest::newRow(name) << kind << field << viewer << QString::fromUtf8(value)
                                << QString::fromUtf8(shown);
        };
        const auto Persons = Collection::Persons;
        row("person name public", Persons, PersonalField::Name, P, "张伟", "张伟");
        row("person name limited", Persons, PersonalField::Name, Li, "张伟", "张伟");
        row("person name restricted", Persons, PersonalField::Name, R, "张伟", "张伟");
        row("id number public", Persons, PersonalField::IdNumber, P, "350302199001011234",
            "350302********1234");
        row("id number limited", Persons, PersonalField::IdNumber, Li, "350302199001011234",
            "350302********1234");
        row("id number restricted", Persons, PersonalField::IdNumber, R, "350302199001011234",
            "350302199001011234");
        row("phone public", Persons, PersonalField::Phone, P, "13812345678", "138****5678");
        row("phone limited", Persons, PersonalField::Phone, Li, "13812345678", "138****5678");
        row("phone restricted", Persons, PersonalField::Phone, R, "13812345678", "13812345678");
        row("birth date public", Persons, PersonalField::BirthDate, P, "1990-01-01", "1990");
        row("birth date limited", Persons, PersonalField::BirthDate, Li, "1990-01-01",
            "1990-01-01");
        row("birth date restricted", Persons, PersonalField::BirthDate, R, "1990-01-01",
            "1990-01-01");
        row("address public", Persons, PersonalField::Address, P, "荔园路1号", "");
        row("address limited", Persons, PersonalField::Address, Li, "荔园路1号", "荔园路1号");
        row("address restricted", Persons, PersonalField::Address, R, "荔园路1号", "荔园路1号");

        const auto Sites = Collection::Sites;
        row("site contact public", Sites, PersonalField::ContactName, P, "刘主任", "刘主任");
        row("site phone public", Sites, PersonalField::ContactPhone, P, "13700002222",
            "137****2222");
        row("site phone limited", Sites, PersonalField::ContactPhone, Li, "13700002222",
            "137****2222");
        row("site phone restricted", Sites, PersonalField::ContactPhone, R, "13700002222",
            "13700002222");
        // A site's address is where the site is, not anyone's home.
        row("site address public", Sites, PersonalField::Address, P, "学园中街1133号",
            "学园中街1133号");

        const auto Regions = Collection::Regions;
        row("officer limited", Regions, PersonalField::ContactName, Li, "王网格", "王网格");
        row("officer phone limited", Regions, PersonalField::ContactPhone, Li, "13900001111",
            "139****1111");
        row("officer phone restricted", Regions, PersonalField::ContactPhone, R, "13900001111",
            "13900001111");

        // Events carry no personal field: nothing is masked.
        row("event", Collection::Events, PersonalField::Phone, P, "13812345678", "13812345678");

        // The masks depend on the length only: a value the server masked comes out the same,
        // and a '*' in a value does not spare the rest of it.
        row("masked again", Persons, PersonalField::Phone, Li, "138****5678", "138****5678");
        row("star inside", Persons, PersonalField::Phone, Li, "1*812345678", "1*8****5678");
        row("id with star", Persons, PersonalField::IdNumber, Li, "35030219900101123*",
            "350302********123*");
        row("short phone", Persons, PersonalField::Phone, Li, "110", "***");
        row("empty phone", Persons, PersonalField::Phone, Li, "", "");
    }
    void shownValue()
    {
        QFETCH(Collection, kind);
        QFETCH(PersonalField, field);
        QFETCH(Clearance, viewer);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(MaskingPolicy::shown(kind, field, viewer, value), shown);
    }

    void seesAll()
    {
        QVERIFY(MaskingPolicy::seesAll(Collection::Persons, Clearance::Restricted));
        QVERIFY(!MaskingPolicy::seesAll(Collection::Persons, Clearance::Limited));
        QVERIFY(!MaskingPolicy::seesAll(Collection::Regions, Clearance::Public));
        QVERIFY(MaskingPolicy::seesAll(Collection::Alerts, Clearance::Public));
    }

    void appliedToJson()
    {
        const QJsonObject person{{L("id"), L("p-1")},
                                 {L("name"), QStringLiteral("张伟")},
                                 {L("id_number"), L("350302199001011234")},
                                 {L("phone"), L("13812345678")},
                                 {L("birth_date"), L("1990-01-01")},
                                 {L("address"), QStringLiteral("荔园路1号")}};
        const QJsonObject publicView{{L("id"), L("p-1")},
                                     {L("name"), QStringLiteral("张伟")},
                                     {L("id_number"), L("350302********1234")},
                                     {L("phone"), L("138****5678")},
                                     {L("birth_date"), L("1990")}};
        QCOMPARE(MaskingPolicy::applied(Collection::Persons, Clearance::Public, person),
                 publicView);
        QCOMPARE(MaskingPolicy::applied(Collection::Persons, Clearance::Restricted, person),
                 person);

        const QJsonObject site{{L("name"), QStringLiteral("莆田学院")},
                               {L("contact"), QJsonObject{{L("name"), QStringLiteral("刘主任")},
                                                          {L("phone"), L("13700002222")}}}};
        const QJsonObject siteView{{L("name"), QStringLiteral("莆田学院")},
                                   {L("contact"), QJsonObject{{L("name"), QStringLiteral("刘主任")},
                                                              {L("phone"), L("137****2222")}}}};
        QCOMPARE(MaskingPolicy::applied(Collection::Sites, Clearance::Limited, site), siteView);
        // A field the record does not have is not added.
        const QJsonObject bare{{L("name"), QStringLiteral("莆田学院")}};
        QCOMPARE(MaskingPolicy::applied(Collection::Sites, Clearance::Limited, bare), bare);
    }

    void searchResults()
    {
        // A person's hit tells itself apart by the home address; a site's by where it is.
        const QList<store::SearchGroup> groups = {
            {store::SearchKind::Person,
             {{store::SearchKind::Person, QStringLiteral("p-1"), QStringLiteral("张伟"),
               QStringLiteral("荔园路1号"), std::nullopt, 50}}},
            {store::SearchKind::Site,
             {{store::SearchKind::Site, QStringLiteral("s-1"), QStringLiteral("莆田学院"),
               QStringLiteral("学园中街1133号"), std::nullopt, 40}}}};
        auto details = [](const QList<store::SearchGroup> &gs) {
            QStringList out;
            for (const store::SearchGroup &g : gs)
                for (const store::SearchHit &h : g.hits)
                    out.append(h.title + QLatin1Char('/') + h.detail);
            return out;
        };
        QCOMPARE(details(security::SearchMasking::forViewer(groups, Clearance::Public)),
                 QStringList({QStringLiteral("张伟/"), QStringLiteral("莆田学院/学园中街1133号")}));
        QCOMPARE(details(security::SearchMasking::forViewer(groups, Clearance::Limited)),
                 QStringList({QStringLiteral("张伟/荔园路1号"),
                              QStringLiteral("莆田学院/学园中街1133号")}));
    }

    void clearanceWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("known");
        QTest::addColumn<Clearance>("clearance");
        QTest::newRow("public") << QStringLiteral("public") << true << Clearance::Public;
        QTest::newRow("limited") << QStringLiteral("limited") << true << Clearance::Limited;
        QTest::newRow("restricted")
            << QStringLiteral("restricted") << true << Clearance::Restricted;
        QTest::newRow("capitalised") << QStringLiteral("Restricted") << false << Clearance::Public;
        QTest::newRow("newer word") << QStringLiteral("secret") << false << Clearance::Public;
        QTest::newRow("empty") << QString() << false << Clearance::Public;
    }
    void clearanceWords()
    {
        QFETCH(QString, word);
        QFETCH(bool, known);
        QFETCH(Clearance, clearance);
        Clearance parsed = Clearance::Public; // untouched when the word is not known
        QCOMPARE(security::parseClearance(word, &parsed), known);
        QCOMPARE(parsed, clearance);
        if (known)
            QCOMPARE(security::clearanceName(parsed), word);
    }
};

QTEST_GUILESS_MAIN(TestMaskingPolicy)
#include "tst_maskingpolicy.moc"
