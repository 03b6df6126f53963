#pragma once

#include "domain/Common.h"
#include "domain/Enums.h"
#include "domain/Links.h"
#include "geo/GeoPolygon.h"

#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace yiping::store {

enum class RegionMetric;

// The content of the 全息档案 (full profile) side panel of one record, as typed values:
// which field, which section, and the value as the data has it (a time, a level, an enum,
// a contact…). The cache reads it (ProfileReader), the masking policy decides what the
// viewer sees of it (security::ProfileMasking), and the UI names and formats it.

// A moment (epoch seconds), shown in the city's zone.
struct Time
{
    qint64 at = 0;
};
// From one moment to another, either possibly open.
struct Period
{
    std::optional<qint64> from;
    std::optional<qint64> to;
};
// A whole number (population, capacity, parties, severity).
struct Count
{
    qint64 n = 0;
};
// A sum in yuan.
struct Amount
{
    double yuan = 0;
};
// A level of the national four (domain::Levels): a risk level, or an alert's level.
struct RiskLevel
{
    int level = 0;
};
// A region's level: 1 city … 4 grid cell.
struct RegionLevel
{
    int level = 0;
};
// A region's residents, as a subdivision's detail.
struct Population
{
    qint64 n = 0;
};
// A map metric of a region over the last 30 days, and over the 30 before (NaN when none).
struct MetricChange
{
    RegionMetric metric{};
    double current = 0;
    double previous = 0;
};
// A dispute named by its kind ("neighbours dispute").
struct DisputeTitle
{
    domain::EnumValue<domain::DisputeKind> kind;
};
// The rule that raised an alert (free text in the contract).
struct AlertRule
{
    QString rule;
};
// An organisation's kind (free text in the contract: enterprise, social_organization…).
struct OrgKind
{
    QString kind;
};
// An event's category (free text in the contract: theft, hazard, dispute_report…).
struct EventCategory
{
    QString category;
};
// A step of a case's flow: its stage at an agency.
struct StageStep
{
    domain::EnumValue<domain::Stage> stage;
    domain::EnumValue<domain::Agency> agency;
};

using Value =
    std::variant<QString, // data shown as it is: names, summaries, codes, dates as read, free text
                 QStringList, // tags
                 Time, Period, Count, Amount, RiskLevel, RegionLevel, Population, MetricChange,
                 DisputeTitle, AlertRule, OrgKind, EventCategory, StageStep, domain::Contact,
                 domain::EnumValue<domain::Gender>, domain::EnumValue<domain::PersonCategory>,
                 domain::EnumValue<domain::PersonStatus>, domain::EnumValue<domain::SiteKind>,
                 domain::EnumValue<domain::EventSource>, domain::EnumValue<domain::EventStatus>,
                 domain::EnumValue<domain::CaseKind>, domain::EnumValue<domain::Stage>,
                 domain::EnumValue<domain::Agency>, domain::EnumValue<domain::DisputeKind>,
                 domain::EnumValue<domain::DisputeChannel>,
                 domain::EnumValue<domain::DisputeStatus>, domain::EnumValue<domain::TrackSource>,
                 domain::EnumValue<domain::AlertLevel>, domain::EnumValue<domain::AlertStatus>>;

// Which field a value is; one field may hold different kinds of value by record type
// (a person's category is an enum, an event's free text).
enum class FieldId {
    Name,
    IdNumber,
    Phone,
    Gender,
    BirthDate,
    Category,
    RiskLevel,
    Status,
    GridCell,
    GridOfficer,
    Address,
    ManagedSince,
    Tags,
    Kind,
    Capacity,
    Contact,
    Level,
    Code,
    Population,
    Households,
    Officer,
    Parent,
    Metric, // the metric is in the value (MetricChange)
    Source,
    Severity,
    Occurred,
    Reported,
    ResolvedAt,
    Summary,
    CaseNumber,
    Cause,
    Stage,
    Agency,
    Opened,
    Due,
    ClosedAt,
    Channel,
    ReceivedAt,
    Mediator,
    Parties,
    Amount,
    Rule,
    Raised,
    Message,
};

struct ProfileField
{
    FieldId id{};
    Value value;
};

// A link to another record; clicking it opens that record's profile. Entries that are not
// records of their own (a person's sightings, a case's stages) have type RefType::Unknown:
// they can be shown and flown to (lonLat), not opened.
struct ProfileLink
{
    domain::RefType type = domain::RefType::Unknown;
    QString id;
    Value title;
    QList<Value> facts; // what the line under the title says, in order
    // How the record is tied to the profile's one (a relations section), when it is.
    std::optional<domain::EnumValue<domain::RelationKind>> relation;
    std::optional<QPointF> lonLat;
};

enum class SectionId {
    Region,
    LatestSightings,
    Events,
    Cases,
    Disputes,
    Relations,
    EventsNearby,
    PersonsLinked,
    KeyPersons,
    KeySites,
    Subdivisions,
    PersonsInvolved,
    Site,
    StageHistory,
    Subject,
};

struct ProfileSection
{
    SectionId id{};
    QList<ProfileLink> links;
    int total = 0; // how many there are; may exceed links.size() for capped lists
};

struct RiskChange
{
    qint64 at = 0;
    int level = 0;
    QString reason;
};

struct Profile
{
    domain::RefType type = domain::RefType::Unknown;
    QString id;
    Value title;
    Value subtitle;
    int risk = 0;                  // 0 = none
    std::optional<QPointF> lonLat; // where to fly
    geo::GeoMultiPolygon shape;    // what to highlight
    QList<ProfileField> fields;
    QList<ProfileSection> sections;
    QList<RiskChange> riskHistory; // oldest first
    // Relations by kind, most frequent first (persons).
    QList<QPair<domain::EnumValue<domain::RelationKind>, int>> relationCounts;
    QList<domain::Annotation> notes; // stored and locally queued notes, newest first
    bool masked = false;             // the masking policy hid some personal data from this viewer
    // An alert's contract status (open, acknowledged, closed), and whether an ack made here
    // waits in the upload queue: what its profile offers (确认, or 待上传).
    QString status;
    bool ackPending = false;
};

} // namespace yiping::store
