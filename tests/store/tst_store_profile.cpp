#include "Fixtures.h"
#include "domain/EnumText.h"
#include "security/Masking.h"
#include "security/ProfileMasking.h"
#include "store/AnnotationQueue.h"
#include "store/MapData.h"
#include "store/ProfileReader.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

using namespace yiping;
using namespace yiping::domain;
using namespace yiping::store;
using fixtures::L;
using security::Clearance;

namespace {

QString rfc3339(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::UTC).toString(Qt::ISODate);
}

const qint64 kNow = QDateTime(QDate(2026, 10, 1), QTime(12, 0), QTimeZone::UTC).toSecsSinceEpoch();
constexpr qint64 kDay = 24 * 3600;
const QPointF kSite(119.005, 25.405);

// The value of a field, of the kind T the test expects it to hold.
template<typename T> T fieldOf(const Profile &p, FieldId id)
{
    for (const ProfileField &f : p.fields)
        if (f.id == id) {
            if (const T *v = std::get_if<T>(&f.value))
                return *v;
            qWarning("field %d holds another kind of value", int(id));
            return T{};
        }
    qWarning("no field %d", int(id));
    return T{};
}
QString textOf(const Profile &p, FieldId id)
{
    return fieldOf<QString>(p, id);
}
bool hasField(const Profile &p, FieldId id)
{
    return std::any_of(p.fields.cbegin(), p.fields.cend(),
                       [id](const ProfileField &f) { return f.id == id; });
}

const ProfileSection *sectionOf(const Profile &p, SectionId id)
{
    for (const ProfileSection &s : p.sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

Profile forViewer(const std::optional<Profile> &p, Clearance viewer)
{
    return p ? security::ProfileMasking::forViewer(*p, viewer) : Profile{};
}

QStringList idsOf(const ProfileSection *s)
{
    QStringList ids;
    if (s)
        for (const ProfileLink &l : s->links)
            ids.append(l.id);
    return ids;
}

} // namespace

class TestStoreProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    void apply(Collection c, const QList<QByteArray> &rows)
    {
        const Store::PageResult r = m_store->applyPage(c, rows, 1);
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    static QByteArray region(const char *id, int level, const char *parent, const char *name)
    {
        QJsonObject o{{L("level"), level},
                      {L("name"), QString::fromUtf8(name)},
                      {L("code"), QString::fromLatin1(id)},
                      {L("geometry"), fixtures::square(119.0, 25.4, 0.01)},
                      {L("population"), 1200},
                      {L("households"), 400},
                      {L("officer"), QJsonObject{{L("name"), QStringLiteral("王网格")},
                                                 {L("phone"), L("13900001111")}}}};
        if (parent)
            o.insert(L("parent_id"), L(parent));
        return fixtures::record(Collection::Regions, QString::fromLatin1(id), 1, o);
    }
    static QByteArray event(const char *id, qint64 at, double lon, double lat,
                            const QJsonArray &persons = {})
    {
        return fixtures::record(Collection::Events, QString::fromLatin1(id), 1,
                                {{L("occurred_at"), rfc3339(at)},
                                 {L("location"), fixtures::lonLat(lon, lat)},
                                 {L("region_id"), L("g")},
                                 {L("summary"), QString::fromLatin1(id)},
                                 {L("person_ids"), persons},
                                 {L("site_id"), L("s-1")}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = fixtures::openStore(m_dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(m_store);
        apply(Collection::Regions,
              {region("c", 1, nullptr, "莆田市"), region("d", 2, "c", "城厢区"),
               region("t", 3, "d", "龙桥街道"), region("g", 4, "t", "凤山网格")});
        apply(Collection::Persons,
              {fixtures::record(Collection::Persons, QStringLiteral("p-1"), 1,
                                {{L("name"), QStringLiteral("张伟")},
                                 {L("id_number"), L("350302199001011234")},
                                 {L("phone"), L("13812345678")},
                                 {L("gender"), L("M")},
                                 {L("category"), L("drug_user")},
                                 {L("risk_level"), 3},
                                 {L("region_id"), L("g")},
                                 {L("address"), QStringLiteral("荔园路1号")},
                                 {L("location"), fixtures::lonLat(119.004, 25.404)}}),
               fixtures::record(Collection::Persons, QStringLiteral("p-2"), 1,
                                {{L("name"), QStringLiteral("李娜")},
                                 {L("category"), L("space_pirate")},
                                 {L("risk_level"), 4},
                                 {L("region_id"), L("g")}}),
               fixtures::record(Collection::Persons, QStringLiteral("p-3"), 1,
                                {{L("name"), QStringLiteral("陈强")}, {L("region_id"), L("g")}})});
        QList<QByteArray> tracks;
        for (int i = 0; i < 12; ++i)
            tracks.append(fixtures::record(Collection::Tracks, QStringLiteral("t-%1").arg(i), 1,
                                           {{L("person_id"), L("p-1")},
                                            {L("at"), rfc3339(kNow - i * 3600)},
                                            {L("place"), QStringLiteral("place %1").arg(i)}}));
        apply(Collection::Tracks, tracks);
        apply(Collection::Sites,
              {fixtures::record(Collection::Sites, QStringLiteral("s-1"), 1,
                                {{L("name"), QStringLiteral("莆田学院")},
                                 {L("location"), fixtures::lonLat(kSite.x(), kSite.y())},
                                 {L("region_id"), L("g")},
                                 {L("capacity"), 3000},
                                 {L("contact"), QJsonObject{{L("name"), QStringLiteral("刘主任")},
                                                            {L("phone"), L("13700002222")}}}})});
        apply(Collection::Orgs, {fixtures::record(Collection::Orgs, QStringLiteral("o-1"), 1,
                                                  {{L("name"), QStringLiteral("莆田市义工联合会")},
                                                   {L("uscc"), L("51350300MJ0000000X")},
                                                   {L("kind"), L("social_organization")},
                                                   {L("region_id"), L("g")}})});
        // Around the site: 100 m east (recent), 1 km east (recent), 100 m north (200 days old).
        const double dLon100 = 100.0 / (111320.0 * std::cos(kSite.y() * M_PI / 180.0));
        apply(Collection::Events,
              {event("e-near", kNow - 10 * kDay, kSite.x() + dLon100, kSite.y(), {L("p-1")}),
               event("e-far", kNow - 5 * kDay, kSite.x() + 10 * dLon100, kSite.y()),
               event("e-old", kNow - 200 * kDay, kSite.x(), kSite.y() + 100.0 / 111320.0,
                     {L("p-1"), L("p-2")}),
               event("e-now", kNow, 120.0, 26.0)});
        apply(Collection::Cases, {fixtures::record(Collection::Cases, QStringLiteral("c-1"), 1,
                                                   {{L("title"), QStringLiteral("张某盗窃案")},
                                                    {L("person_ids"), QJsonArray{L("p-1")}},
                                                    {L("region_id"), L("g")}})});
        apply(Collection::Disputes,
              {fixtures::record(Collection::Disputes, QStringLiteral("d-1"), 1,
                                {{L("person_ids"), QJsonArray{L("p-1"), L("p-3")}},
                                 {L("region_id"), L("g")},
                                 {L("amount"), 39100}})});
        apply(Collection::Relations,
              {fixtures::record(Collection::Relations, QStringLiteral("r-1"), 1,
                                {{L("from"), fixtures::ref("person", "p-1")},
                                 {L("to"), fixtures::ref("person", "p-2")},
                                 {L("kind"), L("kin")}}),
               fixtures::record(Collection::Relations, QStringLiteral("r-2"), 1,
                                {{L("from"), fixtures::ref("person", "p-3")},
                                 {L("to"), fixtures::ref("person", "p-1")},
                                 {L("kind"), L("call")}}),
               fixtures::record(Collection::Relations, QStringLiteral("r-3"), 1,
                                {{L("from"), fixtures::ref("person", "p-1")},
                                 {L("to"), fixtures::ref("site", "s-1")},
                                 {L("kind"), L("located_at")}}),
               fixtures::record(Collection::Relations, QStringLiteral("r-4"), 1,
                                {{L("from"), fixtures::ref("person", "p-3")},
                                 {L("to"), fixtures::ref("person", "p-1")},
                                 {L("kind"), L("call")}}),
               fixtures::record(Collection::Relations, QStringLiteral("r-5"), 1,
                                {{L("from"), fixtures::ref("org", "o-1")},
                                 {L("to"), fixtures::ref("person", "p-3")},
                                 {L("kind"), L("employ")}})});
        apply(Collection::Alerts, {fixtures::record(Collection::Alerts, QStringLiteral("a-2"), 1,
                                                    {{L("subject"), fixtures::ref("person", "p-1")},
                                                     {L("level"), L("red")},
                                                     {L("raised_at"), rfc3339(kNow - kDay)},
                                                     {L("message"), QStringLiteral("离开网格")},
                                                     {L("region_id"), L("g")}}),
                                   fixtures::record(Collection::Alerts, QStringLiteral("a-1"), 1,
                                                    {{L("subject"), fixtures::ref("person", "p-1")},
                                                     {L("level"), L("orange")},
                                                     {L("raised_at"), rfc3339(kNow - 30 * kDay)},
                                                     {L("message"), QStringLiteral("多次信访")}})});
        apply(Collection::Annotations,
              {fixtures::record(Collection::Annotations, QStringLiteral("n-1"), 1,
                                {{L("text"), QStringLiteral("stored note")}})});
        Annotation local;
        local.id = QStringLiteral("n-local");
        local.target = Ref{EnumValue<RefType>::of(RefType::Person), QStringLiteral("p-1")};
        local.kind = EnumValue<AnnotationKind>::of(AnnotationKind::Note);
        local.author = QStringLiteral("analyst1");
        local.createdAt = kNow;
        local.text = QStringLiteral("typed offline");
        AnnotationQueue(m_store->database()).enqueue(local, 0);
    }
    void cleanupTestCase() { m_store.reset(); }

    void masking()
    {
        QCOMPARE(security::maskIdNumber(QStringLiteral("350302199001011234")),
                 QStringLiteral("350302********1234"));
        QCOMPARE(security::maskPhone(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
        QCOMPARE(security::maskPhone(QStringLiteral("138****5678")), QStringLiteral("138****5678"));
        QCOMPARE(security::maskPhone(QStringLiteral("110")), QStringLiteral("***"));
        QCOMPARE(security::maskPhone(QString()), QString());
    }

    void theStoreReadsUnmasked()
    {
        ProfileReader reader(m_store->database());
        const std::optional<Profile> p = reader.read(RefType::Person, QStringLiteral("p-1"));
        QVERIFY(p);
        QVERIFY(!p->masked);
        QCOMPARE(textOf(*p, FieldId::IdNumber), QStringLiteral("350302199001011234"));
        QCOMPARE(fieldOf<Contact>(*p, FieldId::GridOfficer).phone, QStringLiteral("13900001111"));
        // The level, for the UI to name as the badge and the map's legend do.
        QCOMPARE(fieldOf<RiskLevel>(*p, FieldId::RiskLevel).level, 3);
    }

    void personMaskedForLimitedViewer()
    {
        ProfileReader reader(m_store->database());
        const Profile p =
            forViewer(reader.read(RefType::Person, QStringLiteral("p-1")), Clearance::Limited);
        QVERIFY(p.masked);
        QCOMPARE(textOf(p, FieldId::IdNumber), QStringLiteral("350302********1234"));
        QCOMPARE(textOf(p, FieldId::Phone), QStringLiteral("138****5678"));
        const Contact officer = fieldOf<Contact>(p, FieldId::GridOfficer);
        QCOMPARE(officer.name, QStringLiteral("王网格"));
        QCOMPARE(officer.phone, QStringLiteral("139****1111"));
        QCOMPARE(textOf(p, FieldId::Address), QStringLiteral("荔园路1号"));
        // A public viewer does not see where the person lives either.
        const Profile pub =
            forViewer(reader.read(RefType::Person, QStringLiteral("p-1")), Clearance::Public);
        QCOMPARE(textOf(pub, FieldId::IdNumber), QStringLiteral("350302********1234"));
        QCOMPARE(textOf(pub, FieldId::Address), QString());
    }

    void personInFullForRestrictedViewer()
    {
        ProfileReader reader(m_store->database());
        const Profile p =
            forViewer(reader.read(RefType::Person, QStringLiteral("p-1")), Clearance::Restricted);
        QVERIFY(!p.masked);
        QCOMPARE(textOf(p, FieldId::IdNumber), QStringLiteral("350302199001011234"));
        QCOMPARE(textOf(p, FieldId::Phone), QStringLiteral("13812345678"));
        QCOMPARE(fieldOf<Contact>(p, FieldId::GridOfficer).phone, QStringLiteral("13900001111"));
    }

    void personContent()
    {
        ProfileReader reader(m_store->database());
        const Profile p = *reader.read(RefType::Person, QStringLiteral("p-1"));
        QCOMPARE(std::get<QString>(p.title), QStringLiteral("张伟"));
        QCOMPARE(p.risk, 3);
        QCOMPARE(p.lonLat, std::optional<QPointF>(QPointF(119.004, 25.404)));
        QCOMPARE(fieldOf<EnumValue<PersonCategory>>(p, FieldId::Category).value,
                 PersonCategory::DrugUser);
        QCOMPARE(fieldOf<EnumValue<Gender>>(p, FieldId::Gender).value, Gender::M);
        QCOMPARE(textOf(p, FieldId::GridCell), QStringLiteral("凤山网格"));
        QCOMPARE(fieldOf<EnumValue<PersonStatus>>(p, FieldId::Status).value, PersonStatus::Managed);
        QVERIFY(!hasField(p, FieldId::BirthDate)); // not in the data: no field

        // Newest 10 of 12 sightings.
        const ProfileSection *sightings = sectionOf(p, SectionId::LatestSightings);
        QVERIFY(sightings);
        QCOMPARE(sightings->total, 12);
        QCOMPARE(sightings->links.size(), 10);
        QCOMPARE(std::get<QString>(sightings->links.first().title), QStringLiteral("place 0"));
        QCOMPARE(std::get<QString>(sightings->links.last().title), QStringLiteral("place 9"));

        // Events, cases, disputes naming the person, newest first.
        QCOMPARE(idsOf(sectionOf(p, SectionId::Events)),
                 QStringList({QStringLiteral("e-near"), QStringLiteral("e-old")}));
        const ProfileSection *cases = sectionOf(p, SectionId::Cases);
        QCOMPARE(idsOf(cases), QStringList{QStringLiteral("c-1")});
        QCOMPARE(std::get<EnumValue<Stage>>(cases->links.first().facts.at(1)).value,
                 Stage::FirstInstance);
        QCOMPARE(idsOf(sectionOf(p, SectionId::Disputes)), QStringList{QStringLiteral("d-1")});

        // Relations both ways, counted by kind.
        const ProfileSection *relations = sectionOf(p, SectionId::Relations);
        QCOMPARE(relations->total, 4);
        QVERIFY(idsOf(relations).contains(QStringLiteral("s-1")));
        QVERIFY(idsOf(relations).contains(QStringLiteral("p-3")));
        QCOMPARE(p.relationCounts.first().first.value, RelationKind::Call);
        QCOMPARE(p.relationCounts.first().second, 2);
        QCOMPARE(p.relationCounts.size(), 3);

        // Risk history from the alerts about the person, oldest first.
        QCOMPARE(p.riskHistory.size(), 2);
        QCOMPARE(p.riskHistory.at(0).level, 3);
        QCOMPARE(p.riskHistory.at(1).level, 4);
        QCOMPARE(p.riskHistory.at(1).reason, QStringLiteral("离开网格"));

        // Stored and locally queued notes, newest first.
        QCOMPARE(p.notes.size(), 2);
        QCOMPARE(p.notes.at(0).id, QStringLiteral("n-local"));
        QCOMPARE(p.notes.at(0).text, QStringLiteral("typed offline"));
        QCOMPARE(p.notes.at(1).id, QStringLiteral("n-1"));

        // Where in the city: district, town, cell.
        QCOMPARE(idsOf(sectionOf(p, SectionId::Region)),
                 QStringList({QStringLiteral("d"), QStringLiteral("t"), QStringLiteral("g")}));
    }

    void unknownEnumValuesShownRaw()
    {
        ProfileReader reader(m_store->database());
        const Profile p = *reader.read(RefType::Person, QStringLiteral("p-2"));
        // Kept as read, for the UI to show as the data has it.
        QCOMPARE(fieldOf<EnumValue<PersonCategory>>(p, FieldId::Category).raw,
                 QStringLiteral("space_pirate"));
        QCOMPARE(EnumText::of(std::get<EnumValue<PersonCategory>>(p.subtitle)),
                 QStringLiteral("space_pirate"));
        QCOMPARE(EnumText::of(EnumValue<SiteKind>::parse(QStringLiteral("castle"))),
                 QStringLiteral("castle"));
        QCOMPARE(EnumText::of(PersonCategory::DrugUser), QStringLiteral("Drug user"));
    }

    void linksFollowEdits()
    {
        // The event stops naming p-1: its profile stops listing it.
        apply(Collection::Events, {fixtures::record(Collection::Events, QStringLiteral("e-old"), 2,
                                                    {{L("occurred_at"), rfc3339(kNow - 200 * kDay)},
                                                     {L("person_ids"), QJsonArray{L("p-2")}}})});
        ProfileReader reader(m_store->database());
        Profile p = *reader.read(RefType::Person, QStringLiteral("p-1"));
        QCOMPARE(idsOf(sectionOf(p, SectionId::Events)), QStringList{QStringLiteral("e-near")});
        p = *reader.read(RefType::Person, QStringLiteral("p-2"));
        QCOMPARE(idsOf(sectionOf(p, SectionId::Events)), QStringList{QStringLiteral("e-old")});
    }

    void siteContent()
    {
        ProfileReader reader(m_store->database());
        const Profile p = *reader.read(RefType::Site, QStringLiteral("s-1"));
        QCOMPARE(std::get<QString>(p.title), QStringLiteral("莆田学院"));
        QCOMPARE(fieldOf<EnumValue<SiteKind>>(p, FieldId::Kind).value, SiteKind::School);
        const Profile limited = security::ProfileMasking::forViewer(p, Clearance::Limited);
        QCOMPARE(fieldOf<Contact>(limited, FieldId::Contact).name, QStringLiteral("刘主任"));
        QCOMPARE(fieldOf<Contact>(limited, FieldId::Contact).phone, QStringLiteral("137****2222"));
        QVERIFY(limited.masked);
        QCOMPARE(fieldOf<Count>(p, FieldId::Capacity).n, 3000);
        // Within 300 m and 90 days of the newest event: only e-near.
        QCOMPARE(idsOf(sectionOf(p, SectionId::EventsNearby)),
                 QStringList{QStringLiteral("e-near")});
        QCOMPARE(idsOf(sectionOf(p, SectionId::PersonsLinked)), QStringList{QStringLiteral("p-1")});
        const Profile full = security::ProfileMasking::forViewer(p, Clearance::Restricted);
        QCOMPARE(fieldOf<Contact>(full, FieldId::Contact).phone, QStringLiteral("13700002222"));
        QVERIFY(!full.masked);
    }

    void orgContent()
    {
        ProfileReader reader(m_store->database());
        const std::optional<Profile> p = reader.read(RefType::Org, QStringLiteral("o-1"));
        QVERIFY(p);
        QCOMPARE(std::get<QString>(p->title), QStringLiteral("莆田市义工联合会"));
        // The kind stays the data's code, typed, for the UI to name.
        QCOMPARE(std::get<OrgKind>(p->subtitle).kind, QStringLiteral("social_organization"));
        QCOMPARE(fieldOf<OrgKind>(*p, FieldId::Kind).kind, QStringLiteral("social_organization"));
        QCOMPARE(fieldOf<QString>(*p, FieldId::Code), QStringLiteral("51350300MJ0000000X"));
        QCOMPARE(idsOf(sectionOf(*p, SectionId::PersonsLinked)),
                 QStringList{QStringLiteral("p-3")});
        // Where it is, from the district down (the city is the map itself).
        QCOMPARE(idsOf(sectionOf(*p, SectionId::Region)),
                 (QStringList{QStringLiteral("d"), QStringLiteral("t"), QStringLiteral("g")}));
        QVERIFY(!reader.read(RefType::Org, QStringLiteral("o-9")));
    }

    void regionContent()
    {
        ProfileReader reader(m_store->database());
        const Profile p = *reader.read(RefType::Region, QStringLiteral("d"));
        QCOMPARE(std::get<QString>(p.title), QStringLiteral("城厢区"));
        QCOMPARE(fieldOf<RegionLevel>(p, FieldId::Level).level, 2);
        QCOMPARE(textOf(p, FieldId::Parent), QStringLiteral("莆田市"));
        QCOMPARE(fieldOf<Contact>(security::ProfileMasking::forViewer(p, Clearance::Limited),
                                  FieldId::Officer)
                     .phone,
                 QStringLiteral("139****1111"));
        QVERIFY(!p.shape.isEmpty());
        // Last 30 days (e-near, e-far, e-now are open) against the 30 before (none), and no
        // survey in either.
        QList<MetricChange> metrics;
        for (const ProfileField &f : p.fields)
            if (f.id == FieldId::Metric)
                metrics.append(std::get<MetricChange>(f.value));
        QCOMPARE(metrics.size(), 6);
        QCOMPARE(metrics.at(1).metric, RegionMetric::OpenEvents);
        QCOMPARE(metrics.at(1).current, 3.0);
        QCOMPARE(metrics.at(1).previous, 0.0);
        QCOMPARE(metrics.at(4).metric, RegionMetric::SurveyScore);
        QVERIFY(std::isnan(metrics.at(4).current));
        const ProfileSection *persons = sectionOf(p, SectionId::KeyPersons);
        QCOMPARE(persons->total, 3);
        QCOMPARE(idsOf(persons).first(), QStringLiteral("p-2")); // highest risk first
        QCOMPARE(idsOf(sectionOf(p, SectionId::KeySites)), QStringList{QStringLiteral("s-1")});
        QCOMPARE(idsOf(sectionOf(p, SectionId::Subdivisions)), QStringList{QStringLiteral("t")});
    }

    void eventCaseDisputeAlert()
    {
        ProfileReader reader(m_store->database());
        const Profile e = *reader.read(RefType::Event, QStringLiteral("e-near"));
        QCOMPARE(idsOf(sectionOf(e, SectionId::PersonsInvolved)),
                 QStringList{QStringLiteral("p-1")});
        QCOMPARE(std::get<QString>(sectionOf(e, SectionId::PersonsInvolved)->links.first().title),
                 QStringLiteral("张伟"));
        QCOMPARE(idsOf(sectionOf(e, SectionId::Site)), QStringList{QStringLiteral("s-1")});
        QCOMPARE(fieldOf<EnumValue<EventStatus>>(e, FieldId::Status).value, EventStatus::New);

        const Profile c = *reader.read(RefType::Case, QStringLiteral("c-1"));
        QCOMPARE(std::get<QString>(c.title), QStringLiteral("张某盗窃案"));
        QCOMPARE(fieldOf<EnumValue<Stage>>(c, FieldId::Stage).value, Stage::FirstInstance);
        const ProfileSection *stages = sectionOf(c, SectionId::StageHistory);
        QCOMPARE(stages->links.size(), 2);
        const StageStep first = std::get<StageStep>(stages->links.first().title);
        QCOMPARE(first.stage.value, Stage::Filing);
        QCOMPARE(first.agency.value, Agency::Police);
        QVERIFY(c.lonLat); // from its region, having no location of its own

        const Profile d = *reader.read(RefType::Dispute, QStringLiteral("d-1"));
        QCOMPARE(idsOf(sectionOf(d, SectionId::PersonsInvolved)),
                 QStringList({QStringLiteral("p-1"), QStringLiteral("p-3")}));
        QCOMPARE(fieldOf<EnumValue<DisputeStatus>>(d, FieldId::Status).value,
                 DisputeStatus::Mediating);
        QCOMPARE(fieldOf<Amount>(d, FieldId::Amount).yuan, 39100.0);

        const Profile a = *reader.read(RefType::Alert, QStringLiteral("a-2"));
        QCOMPARE(a.risk, 4);
        QCOMPARE(idsOf(sectionOf(a, SectionId::Subject)), QStringList{QStringLiteral("p-1")});
        QCOMPARE(a.lonLat, std::optional<QPointF>(QPointF(119.004, 25.404)));

        QVERIFY(!reader.read(RefType::Person, QStringLiteral("nobody")));
    }
};

QTEST_GUILESS_MAIN(TestStoreProfile)
#include "tst_store_profile.moc"
