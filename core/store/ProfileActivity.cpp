#include "store/ProfileBuilder.h"

#include "domain/Activity.h"
#include "domain/EnumText.h"
#include "domain/Levels.h"
#include "domain/Places.h"
#include "store/MapData.h"
#include "store/Repository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

namespace yiping::store::profile {

std::optional<Profile> Builder::event(const QString &id)
{
    const std::optional<domain::Event> e = Repository<domain::Event>(m_db).byId(id);
    if (!e)
        return std::nullopt;
    Profile p;
    p.type = RefType::Event;
    p.id = id;
    p.title = e->summary.isEmpty() ? e->category : e->summary;
    p.subtitle = EnumText::of(e->source);
    p.risk = e->severity;
    p.lonLat = e->location;
    field(p, ProfileReader::tr("Source"), EnumText::of(e->source));
    field(p, ProfileReader::tr("Category"), e->category);
    field(p, ProfileReader::tr("Severity"), QString::number(e->severity));
    field(p, ProfileReader::tr("Status"), EnumText::of(e->status));
    field(p, ProfileReader::tr("Occurred"), when(e->occurredAt));
    field(p, ProfileReader::tr("Reported"), when(e->reportedAt));
    field(p, ProfileReader::tr("Resolved at"), when(e->resolvedAt));
    field(p, ProfileReader::tr("Summary"), e->summary);
    if (!e->personIds.isEmpty())
        p.sections.append(
            links(ProfileReader::tr("Persons involved"), RefType::Person, e->personIds));
    if (!e->siteId.isEmpty())
        p.sections.append(links(ProfileReader::tr("Site"), RefType::Site, {e->siteId}));
    regionSection(p, e->regionId);
    notes(p);
    return p;
}

std::optional<Profile> Builder::caseFile(const QString &id)
{
    const std::optional<domain::Case> c = Repository<domain::Case>(m_db).byId(id);
    if (!c)
        return std::nullopt;
    Profile p;
    p.type = RefType::Case;
    p.id = id;
    p.title = c->title.isEmpty() ? c->caseNo : c->title;
    p.subtitle = c->caseNo;
    field(p, ProfileReader::tr("Case number"), c->caseNo);
    field(p, ProfileReader::tr("Kind"), EnumText::of(c->kind));
    field(p, ProfileReader::tr("Cause"), c->cause);
    field(p, ProfileReader::tr("Stage"), EnumText::of(c->stage));
    field(p, ProfileReader::tr("Agency"), EnumText::of(c->agency));
    field(p, ProfileReader::tr("Opened"), when(c->openedAt));
    field(p, ProfileReader::tr("Due"), when(c->dueAt));
    field(p, ProfileReader::tr("Closed at"), when(c->closedAt));
    {
        // The flow between agencies, oldest first; a stage is not a record (RefType::Unknown).
        ProfileSection s{ProfileReader::tr("Stage history"), {}, int(c->stages.size())};
        for (const domain::StageEntry &st : c->stages) {
            QString span = when(st.enteredAt) + QStringLiteral(" – ") + when(st.leftAt);
            if (!st.outcome.isEmpty())
                span += QStringLiteral(" · ") + st.outcome;
            s.links.append(ProfileLink{RefType::Unknown,
                                       {},
                                       EnumText::of(st.stage) + QStringLiteral(" (") +
                                           EnumText::of(st.agency) + QLatin1Char(')'),
                                       span,
                                       std::nullopt});
        }
        p.sections.append(s);
    }
    if (!c->personIds.isEmpty())
        p.sections.append(
            links(ProfileReader::tr("Persons involved"), RefType::Person, c->personIds));
    regionSection(p, c->regionId);
    notes(p);
    return p;
}

std::optional<Profile> Builder::dispute(const QString &id)
{
    const std::optional<domain::Dispute> d = Repository<domain::Dispute>(m_db).byId(id);
    if (!d)
        return std::nullopt;
    Profile p;
    p.type = RefType::Dispute;
    p.id = id;
    p.title = ProfileReader::tr("%1 dispute").arg(EnumText::of(d->kind));
    p.subtitle = EnumText::of(d->status);
    p.lonLat = d->location;
    field(p, ProfileReader::tr("Kind"), EnumText::of(d->kind));
    field(p, ProfileReader::tr("Channel"), EnumText::of(d->channel));
    field(p, ProfileReader::tr("Status"), EnumText::of(d->status));
    field(p, ProfileReader::tr("Received at"), when(d->receivedAt));
    field(p, ProfileReader::tr("Closed at"), when(d->closedAt));
    field(p, ProfileReader::tr("Mediator"), d->mediatorOrg);
    if (d->parties > 0)
        field(p, ProfileReader::tr("Parties"), QString::number(d->parties));
    if (d->amount > 0)
        field(p, ProfileReader::tr("Amount (yuan)"), QLocale().toString(d->amount, 'f', 0));
    if (!d->personIds.isEmpty())
        p.sections.append(
            links(ProfileReader::tr("Persons involved"), RefType::Person, d->personIds));
    regionSection(p, d->regionId);
    notes(p);
    return p;
}

std::optional<Profile> Builder::alert(const QString &id)
{
    const std::optional<domain::Alert> a = Repository<domain::Alert>(m_db).byId(id);
    if (!a)
        return std::nullopt;
    Profile p;
    p.type = RefType::Alert;
    p.id = id;
    p.title = a->message.isEmpty() ? a->rule : a->message;
    p.subtitle = EnumText::of(a->level);
    p.risk = domain::Levels::of(a->level);
    field(p, ProfileReader::tr("Rule"), a->rule); // rule names are free text in the contract
    field(p, ProfileReader::tr("Level"), EnumText::of(a->level));
    field(p, ProfileReader::tr("Status"), EnumText::of(a->status));
    field(p, ProfileReader::tr("Raised"), when(a->raisedAt));
    field(p, ProfileReader::tr("Message"), a->message);
    if (a->subject && a->subject->type.isKnown()) {
        const ProfileLink subject = link(a->subject->type.value, a->subject->id);
        p.lonLat = subject.lonLat;
        p.sections.append(ProfileSection{ProfileReader::tr("Subject"), {subject}, 1});
    }
    regionSection(p, a->regionId);
    notes(p);
    p.status = a->status.raw;
    // A note the server has not stored yet has no revision.
    p.ackPending = std::any_of(p.notes.cbegin(), p.notes.cend(), [](const domain::Annotation &n) {
        return n.kind.value == domain::AnnotationKind::Ack && n.rev <= 0;
    });
    return p;
}

} // namespace yiping::store::profile
