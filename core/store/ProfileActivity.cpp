#include "store/ProfileBuilder.h"

#include "domain/Activity.h"
#include "domain/Levels.h"
#include "store/Repository.h"

#include <algorithm>

namespace yiping::store::profile {

std::optional<Profile> Builder::event(const QString &id)
{
    const std::optional<domain::Event> e = Repository<domain::Event>(m_db).byId(id);
    if (!e)
        return std::nullopt;
    Profile p;
    p.type = RefType::Event;
    p.id = id;
    p.title = e->summary.isEmpty() ? Value(EventCategory{e->category}) : Value(e->summary);
    p.subtitle = e->source;
    p.risk = e->severity;
    p.lonLat = e->location;
    field(p, FieldId::Source, e->source);
    field(p, FieldId::Category, EventCategory{e->category});
    field(p, FieldId::Severity, Count{e->severity});
    field(p, FieldId::Status, e->status);
    field(p, FieldId::Occurred, e->occurredAt);
    field(p, FieldId::Reported, e->reportedAt);
    field(p, FieldId::ResolvedAt, e->resolvedAt);
    field(p, FieldId::Summary, e->summary);
    if (!e->personIds.isEmpty())
        p.sections.append(links(SectionId::PersonsInvolved, RefType::Person, e->personIds));
    if (!e->siteId.isEmpty())
        p.sections.append(links(SectionId::Site, RefType::Site, {e->siteId}));
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
    field(p, FieldId::CaseNumber, c->caseNo);
    field(p, FieldId::Kind, c->kind);
    field(p, FieldId::Cause, c->cause);
    field(p, FieldId::Stage, c->stage);
    field(p, FieldId::Agency, c->agency);
    field(p, FieldId::Opened, c->openedAt);
    field(p, FieldId::Due, c->dueAt);
    field(p, FieldId::ClosedAt, c->closedAt);
    {
        // The flow between agencies, oldest first; a stage is not a record (RefType::Unknown).
        ProfileSection s{SectionId::StageHistory, {}, int(c->stages.size())};
        for (const domain::StageEntry &st : c->stages) {
            ProfileLink l{RefType::Unknown,
                          {},
                          StageStep{st.stage, st.agency},
                          {Period{st.enteredAt, st.leftAt}},
                          std::nullopt,
                          std::nullopt};
            if (!st.outcome.isEmpty())
                l.facts.append(st.outcome);
            s.links.append(l);
        }
        p.sections.append(s);
    }
    if (!c->personIds.isEmpty())
        p.sections.append(links(SectionId::PersonsInvolved, RefType::Person, c->personIds));
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
    p.title = DisputeTitle{d->kind};
    p.subtitle = d->status;
    p.lonLat = d->location;
    field(p, FieldId::Kind, d->kind);
    field(p, FieldId::Channel, d->channel);
    field(p, FieldId::Status, d->status);
    field(p, FieldId::ReceivedAt, d->receivedAt);
    field(p, FieldId::ClosedAt, d->closedAt);
    field(p, FieldId::Mediator, d->mediatorOrg);
    if (d->parties > 0)
        field(p, FieldId::Parties, Count{d->parties});
    if (d->amount > 0)
        field(p, FieldId::Amount, Amount{d->amount});
    if (!d->personIds.isEmpty())
        p.sections.append(links(SectionId::PersonsInvolved, RefType::Person, d->personIds));
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
    p.title = a->message.isEmpty() ? Value(AlertRule{a->rule}) : Value(a->message);
    p.subtitle = a->level;
    p.risk = domain::Levels::of(a->level);
    if (!a->rule.isEmpty())
        field(p, FieldId::Rule, AlertRule{a->rule});
    field(p, FieldId::Level, a->level);
    field(p, FieldId::Status, a->status);
    field(p, FieldId::Raised, a->raisedAt);
    field(p, FieldId::Message, a->message);
    if (a->subject && a->subject->type.isKnown()) {
        const ProfileLink subject = link(a->subject->type.value, a->subject->id);
        p.lonLat = subject.lonLat;
        p.sections.append(ProfileSection{SectionId::Subject, {subject}, 1});
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
