#include "domain/EnumText.h"

#include "domain/Levels.h"

namespace yiping::domain {

// Each switch lists every value so that -Werror (-Wswitch) flags a value added to Enums.h
// without a display name. Unknown gives an empty string: the EnumValue overload shows the
// raw value instead.

QString EnumText::of(Gender v)
{
    switch (v) {
    case Gender::M:
        return tr("Male");
    case Gender::F:
        return tr("Female");
    case Gender::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(PersonCategory v)
{
    switch (v) {
    case PersonCategory::CommunityCorrection:
        return tr("Under community correction");
    case PersonCategory::ReleasedPrisoner:
        return tr("Released prisoner");
    case PersonCategory::DrugUser:
        return tr("Drug user");
    case PersonCategory::MentalDisorder:
        return tr("Severe mental disorder");
    case PersonCategory::Petitioner:
        return tr("Key petitioner");
    case PersonCategory::AtRiskYouth:
        return tr("At-risk youth");
    case PersonCategory::CultMember:
        return tr("Cult member");
    case PersonCategory::Other:
        return tr("Other key person");
    case PersonCategory::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(PersonStatus v)
{
    switch (v) {
    case PersonStatus::Managed:
        return tr("Under management");
    case PersonStatus::Released:
        return tr("Released from management");
    case PersonStatus::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(SiteKind v)
{
    switch (v) {
    case SiteKind::School:
        return tr("School");
    case SiteKind::Hospital:
        return tr("Hospital");
    case SiteKind::Hazmat:
        return tr("Hazardous materials");
    case SiteKind::TransportHub:
        return tr("Transport hub");
    case SiteKind::Entertainment:
        return tr("Entertainment venue");
    case SiteKind::RentalHousing:
        return tr("Rental housing");
    case SiteKind::Religious:
        return tr("Religious site");
    case SiteKind::Government:
        return tr("Government building");
    case SiteKind::Market:
        return tr("Market");
    case SiteKind::Power:
        return tr("Power facility");
    case SiteKind::Water:
        return tr("Water facility");
    case SiteKind::Gas:
        return tr("Gas facility");
    case SiteKind::Other:
        return tr("Other site");
    case SiteKind::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(EventSource v)
{
    switch (v) {
    case EventSource::Police:
        return tr("Police report");
    case EventSource::Grid:
        return tr("Grid report");
    case EventSource::Opinion:
        return tr("Public opinion");
    case EventSource::Hotline:
        return tr("Hotline");
    case EventSource::Sensor:
        return tr("Sensor");
    case EventSource::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(EventStatus v)
{
    switch (v) {
    case EventStatus::New:
        return tr("New");
    case EventStatus::Dispatched:
        return tr("Dispatched");
    case EventStatus::Handling:
        return tr("Being handled");
    case EventStatus::Resolved:
        return tr("Resolved");
    case EventStatus::Closed:
        return tr("Closed");
    case EventStatus::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(CaseKind v)
{
    switch (v) {
    case CaseKind::Criminal:
        return tr("Criminal");
    case CaseKind::Civil:
        return tr("Civil");
    case CaseKind::Administrative:
        return tr("Administrative");
    case CaseKind::Enforcement:
        return tr("Enforcement");
    case CaseKind::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(Stage v)
{
    switch (v) {
    case Stage::Filing:
        return tr("Filing");
    case Stage::Investigation:
        return tr("Investigation");
    case Stage::ProsecutionReview:
        return tr("Prosecution review");
    case Stage::ReturnedForInvestigation:
        return tr("Returned for investigation");
    case Stage::FirstInstance:
        return tr("First instance");
    case Stage::SecondInstance:
        return tr("Second instance");
    case Stage::Enforcement:
        return tr("Enforcement");
    case Stage::CommunityCorrection:
        return tr("Community correction");
    case Stage::Closed:
        return tr("Closed");
    case Stage::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(Agency v)
{
    switch (v) {
    case Agency::Police:
        return tr("Public security");
    case Agency::Procuratorate:
        return tr("Procuratorate");
    case Agency::Court:
        return tr("Court");
    case Agency::Justice:
        return tr("Justice bureau");
    case Agency::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(DisputeKind v)
{
    switch (v) {
    case DisputeKind::Neighbor:
        return tr("Neighbours");
    case DisputeKind::Family:
        return tr("Family");
    case DisputeKind::Land:
        return tr("Land");
    case DisputeKind::Labor:
        return tr("Labour");
    case DisputeKind::Property:
        return tr("Property management");
    case DisputeKind::Medical:
        return tr("Medical");
    case DisputeKind::Consumer:
        return tr("Consumer");
    case DisputeKind::Traffic:
        return tr("Traffic accident");
    case DisputeKind::Other:
        return tr("Other dispute");
    case DisputeKind::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(DisputeChannel v)
{
    switch (v) {
    case DisputeChannel::WalkIn:
        return tr("Walk-in");
    case DisputeChannel::Hotline:
        return tr("Hotline");
    case DisputeChannel::Online:
        return tr("Online");
    case DisputeChannel::GridOfficer:
        return tr("Grid officer");
    case DisputeChannel::Referral:
        return tr("Referral");
    case DisputeChannel::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(DisputeStatus v)
{
    switch (v) {
    case DisputeStatus::Received:
        return tr("Received");
    case DisputeStatus::Mediating:
        return tr("Mediating");
    case DisputeStatus::Mediated:
        return tr("Mediated");
    case DisputeStatus::Failed:
        return tr("Mediation failed");
    case DisputeStatus::JudicialConfirmation:
        return tr("Judicial confirmation");
    case DisputeStatus::Litigation:
        return tr("In litigation");
    case DisputeStatus::Closed:
        return tr("Closed");
    case DisputeStatus::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(TrackSource v)
{
    switch (v) {
    case TrackSource::Checkpoint:
        return tr("Checkpoint");
    case TrackSource::Face:
        return tr("Face recognition");
    case TrackSource::Hotel:
        return tr("Hotel check-in");
    case TrackSource::InternetCafe:
        return tr("Internet café");
    case TrackSource::Transport:
        return tr("Transport ticket");
    case TrackSource::Cell:
        return tr("Cell tower");
    case TrackSource::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(RelationKind v)
{
    switch (v) {
    case RelationKind::Kin:
        return tr("Kin");
    case RelationKind::Cohabit:
        return tr("Lives with");
    case RelationKind::CoCase:
        return tr("Same case");
    case RelationKind::CoTravel:
        return tr("Travelled together");
    case RelationKind::Call:
        return tr("Phone contact");
    case RelationKind::Transfer:
        return tr("Money transfer");
    case RelationKind::Employ:
        return tr("Employment");
    case RelationKind::Associate:
        return tr("Associate");
    case RelationKind::Involved:
        return tr("Involved");
    case RelationKind::LocatedAt:
        return tr("Frequents");
    case RelationKind::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(RefType v)
{
    switch (v) {
    case RefType::Person:
        return tr("Person");
    case RefType::Site:
        return tr("Site");
    case RefType::Org:
        return tr("Organisation");
    case RefType::Event:
        return tr("Event");
    case RefType::Case:
        return tr("Case");
    case RefType::Dispute:
        return tr("Dispute");
    case RefType::Region:
        return tr("Region");
    case RefType::Alert:
        return tr("Alert");
    case RefType::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(AlertLevel v)
{
    // One of the national four levels, named as a risk level is (red is "Ⅰ · Critical").
    return v == AlertLevel::Unknown ? QString() : Levels::name(Levels::of(v));
}

QString EnumText::of(AlertStatus v)
{
    switch (v) {
    case AlertStatus::Open:
        return tr("Open");
    case AlertStatus::Acknowledged:
        return tr("Acknowledged");
    case AlertStatus::Closed:
        return tr("Closed");
    case AlertStatus::Unknown:
        break;
    }
    return {};
}

QString EnumText::of(AnnotationKind v)
{
    switch (v) {
    case AnnotationKind::Note:
        return tr("Note");
    case AnnotationKind::Ack:
        return tr("Acknowledgement");
    case AnnotationKind::Flag:
        return tr("Flag");
    case AnnotationKind::Unknown:
        break;
    }
    return {};
}

QString EnumText::alertRule(const QString &rule)
{
    if (rule == u"key_person_left_grid")
        return tr("Key person left their grid cell");
    if (rule == u"gathering")
        return tr("Gathering");
    if (rule == u"repeated_petition")
        return tr("Repeated petitions");
    if (rule == u"overdue_case")
        return tr("Overdue case");
    if (rule == u"severe_event")
        return tr("Severe event");
    return rule;
}

QString EnumText::orgKind(const QString &kind)
{
    if (kind == u"enterprise")
        return tr("Enterprise");
    if (kind == u"social_organization")
        return tr("Social organisation");
    if (kind == u"private_non_enterprise")
        return tr("Private non-enterprise unit");
    if (kind == u"public_institution")
        return tr("Public institution");
    return kind;
}

QString EnumText::eventCategory(const QString &category)
{
    // The reference backend's categories by source: police, grid, opinion, hotline, sensor.
    static const struct
    {
        const char16_t *code;
        const char *name;
    } kNames[] = {
        {u"theft", QT_TR_NOOP("Theft")},
        {u"fraud", QT_TR_NOOP("Fraud")},
        {u"fight", QT_TR_NOOP("Fight")},
        {u"traffic_accident", QT_TR_NOOP("Traffic accident")},
        {u"disturbance", QT_TR_NOOP("Disturbance")},
        {u"missing_person", QT_TR_NOOP("Missing person")},
        {u"hazard", QT_TR_NOOP("Safety hazard")},
        {u"fire_hazard", QT_TR_NOOP("Fire hazard")},
        {u"sanitation", QT_TR_NOOP("Sanitation")},
        {u"dispute_report", QT_TR_NOOP("Dispute reported")},
        {u"illegal_construction", QT_TR_NOOP("Illegal construction")},
        {u"complaint", QT_TR_NOOP("Complaint")},
        {u"rumor", QT_TR_NOOP("Rumour")},
        {u"negative_news", QT_TR_NOOP("Negative coverage")},
        {u"noise", QT_TR_NOOP("Noise")},
        {u"water", QT_TR_NOOP("Water supply")},
        {u"power", QT_TR_NOOP("Power supply")},
        {u"housing", QT_TR_NOOP("Housing")},
        {u"wage_arrears", QT_TR_NOOP("Unpaid wages")},
        {u"fire_alarm", QT_TR_NOOP("Fire alarm")},
        {u"crowd", QT_TR_NOOP("Crowding")},
        {u"water_level", QT_TR_NOOP("Water level")},
        {u"gas_leak", QT_TR_NOOP("Gas leak")},
    };
    for (const auto &n : kNames)
        if (category == n.code)
            return tr(n.name);
    return category;
}

QString EnumText::regionLevel(int level)
{
    switch (level) {
    case 1:
        return tr("City");
    case 2:
        return tr("District");
    case 3:
        return tr("Town or street");
    case 4:
        return tr("Grid cell");
    }
    return QString::number(level); // out of the contract's range: shown as read
}

} // namespace yiping::domain
