#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>

namespace yiping::domain {

// Every enum of the contract. Each has an Unknown value last; a value read from data that
// the client does not know yet is kept verbatim in EnumValue::raw and shown as-is.
enum class Classification { Public, Limited, Restricted, Unknown };
enum class Gender { M, F, Unknown };
enum class PersonCategory {
    CommunityCorrection,
    ReleasedPrisoner,
    DrugUser,
    MentalDisorder,
    Petitioner,
    AtRiskYouth,
    CultMember,
    Other,
    Unknown
};
enum class PersonStatus { Managed, Released, Unknown };
enum class SiteKind {
    School,
    Hospital,
    Hazmat,
    TransportHub,
    Entertainment,
    RentalHousing,
    Religious,
    Government,
    Market,
    Power,
    Water,
    Gas,
    Other,
    Unknown
};
enum class EventSource { Police, Grid, Opinion, Hotline, Sensor, Unknown };
enum class EventStatus { New, Dispatched, Handling, Resolved, Closed, Unknown };
enum class CaseKind { Criminal, Civil, Administrative, Enforcement, Unknown };
enum class Stage {
    Filing,
    Investigation,
    ProsecutionReview,
    ReturnedForInvestigation,
    FirstInstance,
    SecondInstance,
    Enforcement,
    CommunityCorrection,
    Closed,
    Unknown
};
enum class Agency { Police, Procuratorate, Court, Justice, Unknown };
enum class DisputeKind {
    Neighbor,
    Family,
    Land,
    Labor,
    Property,
    Medical,
    Consumer,
    Traffic,
    Other,
    Unknown
};
enum class DisputeChannel { WalkIn, Hotline, Online, GridOfficer, Referral, Unknown };
enum class DisputeStatus {
    Received,
    Mediating,
    Mediated,
    Failed,
    JudicialConfirmation,
    Litigation,
    Closed,
    Unknown
};
enum class ServiceChannel { Hotline12348, Service12309, OnlineLitigation, WalkIn, App, Unknown };
enum class TrackSource { Checkpoint, Face, Hotel, InternetCafe, Transport, Cell, Unknown };
enum class RelationKind {
    Kin,
    Cohabit,
    CoCase,
    CoTravel,
    Call,
    Transfer,
    Employ,
    Associate,
    Involved,
    LocatedAt,
    Unknown
};
enum class RefType { Person, Site, Org, Event, Case, Dispute, Region, Alert, Unknown };
enum class AlertLevel { Blue, Yellow, Orange, Red, Unknown };
enum class AlertStatus { Open, Acknowledged, Closed, Unknown };
enum class AnnotationKind { Note, Ack, Flag, Unknown };
enum class Crs { Wgs84, Gcj02, Cgcs2000, Unknown };

// The contract's spelling of each value, in enum order.
template<typename E> struct EnumNames;

#define YIPING_ENUM_NAMES(E, ...)                                                                  \
    template<> struct EnumNames<E>                                                                 \
    {                                                                                              \
        static constexpr auto names = std::to_array<const char *>({__VA_ARGS__});                  \
        static_assert(names.size() == size_t(E::Unknown));                                         \
    };

YIPING_ENUM_NAMES(Classification, "public", "limited", "restricted")
YIPING_ENUM_NAMES(Gender, "M", "F")
YIPING_ENUM_NAMES(PersonCategory, "community_correction", "released_prisoner", "drug_user",
                  "mental_disorder", "petitioner", "at_risk_youth", "cult_member", "other")
YIPING_ENUM_NAMES(PersonStatus, "managed", "released")
YIPING_ENUM_NAMES(SiteKind, "school", "hospital", "hazmat", "transport_hub", "entertainment",
                  "rental_housing", "religious", "government", "market", "power", "water", "gas",
                  "other")
YIPING_ENUM_NAMES(EventSource, "police", "grid", "opinion", "hotline", "sensor")
YIPING_ENUM_NAMES(EventStatus, "new", "dispatched", "handling", "resolved", "closed")
YIPING_ENUM_NAMES(CaseKind, "criminal", "civil", "administrative", "enforcement")
YIPING_ENUM_NAMES(Stage, "filing", "investigation", "prosecution_review",
                  "returned_for_investigation", "first_instance", "second_instance", "enforcement",
                  "community_correction", "closed")
YIPING_ENUM_NAMES(Agency, "police", "procuratorate", "court", "justice")
YIPING_ENUM_NAMES(DisputeKind, "neighbor", "family", "land", "labor", "property", "medical",
                  "consumer", "traffic", "other")
YIPING_ENUM_NAMES(DisputeChannel, "walk_in", "hotline", "online", "grid_officer", "referral")
YIPING_ENUM_NAMES(DisputeStatus, "received", "mediating", "mediated", "failed",
                  "judicial_confirmation", "litigation", "closed")
YIPING_ENUM_NAMES(ServiceChannel, "12348", "12309", "online_litigation", "walk_in", "app")
YIPING_ENUM_NAMES(TrackSource, "checkpoint", "face", "hotel", "internet_cafe", "transport", "cell")
YIPING_ENUM_NAMES(RelationKind, "kin", "cohabit", "co_case", "co_travel", "call", "transfer",
                  "employ", "associate", "involved", "located_at")
YIPING_ENUM_NAMES(RefType, "person", "site", "org", "event", "case", "dispute", "region", "alert")
YIPING_ENUM_NAMES(AlertLevel, "blue", "yellow", "orange", "red")
YIPING_ENUM_NAMES(AlertStatus, "open", "acknowledged", "closed")
YIPING_ENUM_NAMES(AnnotationKind, "note", "ack", "flag")
YIPING_ENUM_NAMES(Crs, "WGS-84", "GCJ-02", "CGCS2000")

#undef YIPING_ENUM_NAMES

// A value of enum E as read from data: the enum when known, and always the raw string.
template<typename E> struct EnumValue
{
    E value = E::Unknown;
    QString raw;

    bool isKnown() const { return value != E::Unknown; }
    bool operator==(E e) const { return value == e; }

    static EnumValue parse(const QString &text)
    {
        EnumValue v{E::Unknown, text};
        const auto &names = EnumNames<E>::names;
        for (size_t i = 0; i < names.size(); ++i)
            if (text == QLatin1StringView(names[i])) {
                v.value = E(i);
                break;
            }
        return v;
    }
    static EnumValue of(E e) { return EnumValue{e, QString::fromLatin1(name(e))}; }
    static QLatin1StringView name(E e)
    {
        return e == E::Unknown ? QLatin1StringView()
                               : QLatin1StringView(EnumNames<E>::names[size_t(e)]);
    }
};

// Levels 1..4 (risk, severity, region level) are integers in the contract; a value out of
// range is kept as read and reported unknown by these helpers.
inline bool isKnownLevel(int level)
{
    return level >= 1 && level <= 4;
}

} // namespace yiping::domain
