#include "security/ProfileMasking.h"

#include "security/MaskingPolicy.h"

#include <optional>

namespace yiping::security {

using domain::Collection;
using domain::RefType;
using store::FieldId;

namespace {

// The record kind and personal field a profile's text field is, if it is one.
std::optional<std::pair<Collection, PersonalField>> personalText(RefType type, FieldId id)
{
    if (type == RefType::Person) {
        switch (id) {
        case FieldId::Name:
            return {{Collection::Persons, PersonalField::Name}};
        case FieldId::IdNumber:
            return {{Collection::Persons, PersonalField::IdNumber}};
        case FieldId::Phone:
            return {{Collection::Persons, PersonalField::Phone}};
        case FieldId::BirthDate:
            return {{Collection::Persons, PersonalField::BirthDate}};
        case FieldId::Address:
            return {{Collection::Persons, PersonalField::Address}};
        default:
            break;
        }
    }
    if (type == RefType::Site && id == FieldId::Address)
        return {{Collection::Sites, PersonalField::Address}};
    return std::nullopt;
}

// Whose contact a profile's contact field is: a person's grid officer and a region's
// officer are the cell's (网格员), a site's contact the site's.
std::optional<Collection> contactOf(RefType type, FieldId id)
{
    if (id == FieldId::GridOfficer || id == FieldId::Officer)
        return Collection::Regions;
    if (type == RefType::Site && id == FieldId::Contact)
        return Collection::Sites;
    return std::nullopt;
}

} // namespace

store::Profile ProfileMasking::forViewer(store::Profile profile, Clearance viewer)
{
    auto shown = [&](Collection kind, PersonalField f, const QString &v) {
        if (!v.isEmpty() && MaskingPolicy::rule(kind, f, viewer) != Rule::Full)
            profile.masked = true;
        return MaskingPolicy::shown(kind, f, viewer, v);
    };
    for (store::ProfileField &f : profile.fields) {
        if (auto *text = std::get_if<QString>(&f.value)) {
            if (const auto personal = personalText(profile.type, f.id))
                *text = shown(personal->first, personal->second, *text);
        } else if (auto *contact = std::get_if<domain::Contact>(&f.value)) {
            if (const auto kind = contactOf(profile.type, f.id)) {
                contact->name = shown(*kind, PersonalField::ContactName, contact->name);
                contact->phone = shown(*kind, PersonalField::ContactPhone, contact->phone);
            }
        }
    }
    return profile;
}

} // namespace yiping::security
