#pragma once

#include "domain/Collection.h"
#include "security/Clearance.h"

#include <QJsonObject>
#include <QString>

namespace yiping::security {

// The personal data of the contract's records: a person's own fields, and the person to
// contact for a site (contact) or a grid cell (officer, 网格员).
enum class PersonalField { Name, IdNumber, Phone, BirthDate, Address, ContactName, ContactPhone };

// What a viewer sees of a field.
enum class Rule {
    Full,
    Masked,   // an identifier's mask: maskIdNumber for ID numbers, maskPhone for phones
    YearOnly, // a date as its year ("1990-01-01" -> "1990")
    Hidden,   // nothing
};

// Who may see what of each personal field of each record kind: one table, applied by the
// client where a record leaves the cache for a view and by the server where it serves one,
// so that both show a viewer the same. Below restricted, identifiers are masked (as the
// contract says); a public viewer (not signed in, or a public account) also sees no home
// address and only the year of a birth date. Names stay whole: they are how the office
// tells its cases apart, and the contract never masks them.
class MaskingPolicy
{
public:
    // Full for a field the record kind does not have.
    static Rule rule(domain::Collection kind, PersonalField field, Clearance viewer);
    // The value as the viewer may see it under its rule.
    static QString shown(domain::Collection kind, PersonalField field, Clearance viewer,
                         const QString &value);
    // Whether the viewer sees every personal field of the kind in full.
    static bool seesAll(domain::Collection kind, Clearance viewer);
    // A record's contract JSON as the viewer may see it: masked values replaced, hidden
    // fields removed. The server's masking.
    static QJsonObject applied(domain::Collection kind, Clearance viewer, QJsonObject record);
};

} // namespace yiping::security
