#include "profile/ProfileText.h"

#include "domain/EnumText.h"
#include "domain/Levels.h"
#include "mapdata/MetricName.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace yiping::ui {

using store::FieldId;
using store::SectionId;

namespace {

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    return v == std::floor(v) ? QLocale().toString(qint64(v)) : QLocale().toString(v, 'f', 1);
}

// One overload per kind of value; the enums all by their display name.
struct Format
{
    QString operator()(const QString &v) const { return v; }
    QString operator()(const QStringList &v) const { return v.join(QStringLiteral("、")); }
    QString operator()(const store::Time &v) const { return ProfileText::when(v.at); }
    QString operator()(const store::Period &v) const
    {
        return ProfileText::when(v.from) + QStringLiteral(" – ") + ProfileText::when(v.to);
    }
    QString operator()(const store::Count &v) const { return QLocale().toString(v.n); }
    QString operator()(const store::Amount &v) const { return QLocale().toString(v.yuan, 'f', 0); }
    QString operator()(const store::RiskLevel &v) const { return domain::Levels::name(v.level); }
    QString operator()(const store::RegionLevel &v) const
    {
        return domain::EnumText::regionLevel(v.level);
    }
    QString operator()(const store::Population &v) const
    {
        return ProfileText::tr("Population %1").arg(QLocale().toString(v.n));
    }
    QString operator()(const store::MetricChange &v) const
    {
        // The value over the last 30 days, and how it moved against the 30 before.
        QString text = number(v.current);
        if (!std::isnan(v.current) && !std::isnan(v.previous)) {
            const double d = v.current - v.previous;
            text += d > 0   ? QStringLiteral(" (▲%1)").arg(number(d))
                    : d < 0 ? QStringLiteral(" (▼%1)").arg(number(-d))
                            : QStringLiteral(" (=)");
        }
        return text;
    }
    QString operator()(const store::DisputeTitle &v) const
    {
        return ProfileText::tr("%1 dispute").arg(domain::EnumText::of(v.kind));
    }
    QString operator()(const store::AlertRule &v) const
    {
        return domain::EnumText::alertRule(v.rule);
    }
    QString operator()(const store::OrgKind &v) const { return domain::EnumText::orgKind(v.kind); }
    QString operator()(const store::EventCategory &v) const
    {
        return domain::EnumText::eventCategory(v.category);
    }
    QString operator()(const store::StageStep &v) const
    {
        return domain::EnumText::of(v.stage) + QStringLiteral(" (") +
               domain::EnumText::of(v.agency) + QLatin1Char(')');
    }
    QString operator()(const domain::Contact &v) const
    {
        QStringList parts{v.name, v.phone};
        parts.removeAll(QString());
        return parts.join(QLatin1Char(' '));
    }
    template<typename E> QString operator()(const domain::EnumValue<E> &v) const
    {
        return domain::EnumText::of(v);
    }
};

} // namespace

QString ProfileText::when(std::optional<qint64> t)
{
    if (!t)
        return {};
    return QDateTime::fromSecsSinceEpoch(*t, QTimeZone::fromSecondsAheadOfUtc(8 * 3600))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ProfileText::value(const store::Value &value)
{
    return std::visit(Format{}, value);
}

QString ProfileText::detail(const store::ProfileLink &link)
{
    QStringList parts;
    for (const store::Value &fact : link.facts) {
        // A person's or site's risk goes with its kind: "Drug user, risk Ⅱ · High".
        if (const auto *risk = std::get_if<store::RiskLevel>(&fact); risk && !parts.isEmpty()) {
            parts.last() = tr("%1, risk %2").arg(parts.last(), domain::Levels::name(risk->level));
            continue;
        }
        if (const QString text = value(fact); !text.isEmpty())
            parts.append(text);
    }
    if (link.relation)
        parts.prepend(domain::EnumText::of(*link.relation));
    return parts.join(QStringLiteral(" · "));
}

QString ProfileText::label(const store::ProfileField &field)
{
    switch (field.id) {
    case FieldId::Name:
        return tr("Name");
    case FieldId::IdNumber:
        return tr("ID number");
    case FieldId::Phone:
        return tr("Phone");
    case FieldId::Gender:
        return tr("Gender");
    case FieldId::BirthDate:
        return tr("Birth date");
    case FieldId::Category:
        return tr("Category");
    case FieldId::RiskLevel:
        return tr("Risk level");
    case FieldId::Status:
        return tr("Status");
    case FieldId::GridCell:
        return tr("Grid cell");
    case FieldId::GridOfficer:
        return tr("Grid officer");
    case FieldId::Address:
        return tr("Address");
    case FieldId::ManagedSince:
        return tr("Managed since");
    case FieldId::Tags:
        return tr("Tags");
    case FieldId::Kind:
        return tr("Kind");
    case FieldId::Capacity:
        return tr("Capacity");
    case FieldId::Contact:
        return tr("Contact");
    case FieldId::Level:
        return tr("Level");
    case FieldId::Code:
        return tr("Code");
    case FieldId::Population:
        return tr("Population");
    case FieldId::Households:
        return tr("Households");
    case FieldId::Officer:
        return tr("Officer");
    case FieldId::Parent:
        return tr("Parent");
    case FieldId::Metric:
        if (const auto *m = std::get_if<store::MetricChange>(&field.value))
            return metricName(m->metric);
        break;
    case FieldId::Source:
        return tr("Source");
    case FieldId::Severity:
        return tr("Severity");
    case FieldId::Occurred:
        return tr("Occurred");
    case FieldId::Reported:
        return tr("Reported");
    case FieldId::ResolvedAt:
        return tr("Resolved at");
    case FieldId::Summary:
        return tr("Summary");
    case FieldId::CaseNumber:
        return tr("Case number");
    case FieldId::Cause:
        return tr("Cause");
    case FieldId::Stage:
        return tr("Stage");
    case FieldId::Agency:
        return tr("Agency");
    case FieldId::Opened:
        return tr("Opened");
    case FieldId::Due:
        return tr("Due");
    case FieldId::ClosedAt:
        return tr("Closed at");
    case FieldId::Channel:
        return tr("Channel");
    case FieldId::ReceivedAt:
        return tr("Received at");
    case FieldId::Mediator:
        return tr("Mediator");
    case FieldId::Parties:
        return tr("Parties");
    case FieldId::Amount:
        return tr("Amount (yuan)");
    case FieldId::Rule:
        return tr("Rule");
    case FieldId::Raised:
        return tr("Raised");
    case FieldId::Message:
        return tr("Message");
    }
    return {};
}

QString ProfileText::section(SectionId section)
{
    switch (section) {
    case SectionId::Region:
        return tr("Region");
    case SectionId::LatestSightings:
        return tr("Latest sightings");
    case SectionId::Events:
        return tr("Events");
    case SectionId::Cases:
        return tr("Cases");
    case SectionId::Disputes:
        return tr("Disputes");
    case SectionId::Relations:
        return tr("Relations");
    case SectionId::EventsNearby:
        return tr("Events nearby (300 m, 90 days)");
    case SectionId::PersonsLinked:
        return tr("Persons linked");
    case SectionId::KeyPersons:
        return tr("Key persons");
    case SectionId::KeySites:
        return tr("Key sites");
    case SectionId::Subdivisions:
        return tr("Subdivisions");
    case SectionId::PersonsInvolved:
        return tr("Persons involved");
    case SectionId::Site:
        return tr("Site");
    case SectionId::StageHistory:
        return tr("Stage history");
    case SectionId::Subject:
        return tr("Subject");
    }
    return {};
}

} // namespace yiping::ui
