#include "security/MaskingPolicy.h"

#include "security/Masking.h"

#include <array>

namespace yiping::security {

using domain::Collection;

namespace {

using F = PersonalField;
using R = Rule;

struct Entry
{
    Collection kind;
    PersonalField field;
    std::array<Rule, 3> rules; // for public, limited, restricted
    // Where the field is in the contract's JSON: a key, or a key inside an object.
    const char *object;
    const char *key;
};

// Every personal field the contract has; anything not listed is shown in full.
constexpr Entry kTable[] = {
    {Collection::Persons, F::Name, {R::Full, R::Full, R::Full}, nullptr, "name"},
    {Collection::Persons, F::IdNumber, {R::Masked, R::Masked, R::Full}, nullptr, "id_number"},
    {Collection::Persons, F::Phone, {R::Masked, R::Masked, R::Full}, nullptr, "phone"},
    {Collection::Persons, F::BirthDate, {R::YearOnly, R::Full, R::Full}, nullptr, "birth_date"},
    {Collection::Persons, F::Address, {R::Hidden, R::Full, R::Full}, nullptr, "address"},
    {Collection::Sites, F::ContactName, {R::Full, R::Full, R::Full}, "contact", "name"},
    {Collection::Sites, F::ContactPhone, {R::Masked, R::Masked, R::Full}, "contact", "phone"},
    {Collection::Regions, F::ContactName, {R::Full, R::Full, R::Full}, "officer", "name"},
    {Collection::Regions, F::ContactPhone, {R::Masked, R::Masked, R::Full}, "officer", "phone"},
};

QString apply(Rule rule, PersonalField field, const QString &value)
{
    switch (rule) {
    case Rule::Full:
        break;
    case Rule::Masked:
        return field == PersonalField::IdNumber ? maskIdNumber(value) : maskPhone(value);
    case Rule::YearOnly:
        return value.left(4); // the contract's dates are yyyy-MM-dd
    case Rule::Hidden:
        return {};
    }
    return value;
}

} // namespace

Rule MaskingPolicy::rule(Collection kind, PersonalField field, Clearance viewer)
{
    for (const Entry &e : kTable)
        if (e.kind == kind && e.field == field)
            return e.rules[size_t(viewer)];
    return Rule::Full;
}

QString MaskingPolicy::shown(Collection kind, PersonalField field, Clearance viewer,
                             const QString &value)
{
    return apply(rule(kind, field, viewer), field, value);
}

bool MaskingPolicy::seesAll(Collection kind, Clearance viewer)
{
    for (const Entry &e : kTable)
        if (e.kind == kind && e.rules[size_t(viewer)] != Rule::Full)
            return false;
    return true;
}

QJsonObject MaskingPolicy::applied(Collection kind, Clearance viewer, QJsonObject record)
{
    for (const Entry &e : kTable) {
        const Rule r = e.rules[size_t(viewer)];
        if (e.kind != kind || r == Rule::Full)
            continue;
        const QLatin1StringView key(e.key);
        QJsonObject inner =
            e.object ? record.value(QLatin1StringView(e.object)).toObject() : record;
        if (!inner.contains(key))
            continue;
        if (r == Rule::Hidden)
            inner.remove(key);
        else
            inner.insert(key, apply(r, e.field, inner.value(key).toString()));
        if (e.object)
            record.insert(QLatin1StringView(e.object), inner);
        else
            record = inner;
    }
    return record;
}

} // namespace yiping::security
