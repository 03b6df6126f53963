#include "security/Clearance.h"

#include "domain/Enums.h"

namespace yiping::security {

// A clearance and a classification are the same three levels in the same order: the
// contract spells them once, in domain::EnumNames<Classification>.
using domain::Classification;
static_assert(int(Classification::Public) == int(Clearance::Public) &&
              int(Classification::Limited) == int(Clearance::Limited) &&
              int(Classification::Restricted) == int(Clearance::Restricted));

bool parseClearance(QStringView text, Clearance *out)
{
    const auto parsed = domain::EnumValue<Classification>::parse(text.toString());
    if (!parsed.isKnown())
        return false;
    *out = Clearance(parsed.value);
    return true;
}

QString clearanceName(Clearance c)
{
    return QString(domain::EnumValue<Classification>::name(Classification(c)));
}

} // namespace yiping::security
