#include "ItemRef.h"

namespace yiping::workspace {

QString ItemRef::toString() const
{
    if (isNull())
        return {};
    return domain::EnumValue<domain::RefType>::name(type) + QLatin1Char(':') + id;
}

} // namespace yiping::workspace
