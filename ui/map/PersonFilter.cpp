#include "map/PersonFilter.h"

namespace yiping::ui {

using domain::PersonCategory;
using domain::PersonStatus;

const QList<PersonCategory> &PersonFilter::knownCategories()
{
    static const QList<PersonCategory> all = [] {
        QList<PersonCategory> out;
        for (int i = 0; i < int(PersonCategory::Unknown); ++i)
            out.append(PersonCategory(i));
        return out;
    }();
    return all;
}

const QList<PersonStatus> &PersonFilter::knownStatuses()
{
    static const QList<PersonStatus> all = {PersonStatus::Managed, PersonStatus::Released};
    return all;
}

PersonFilter PersonFilter::all()
{
    PersonFilter f;
    f.categories = QSet<PersonCategory>(knownCategories().cbegin(), knownCategories().cend());
    f.risks = {1, 2, 3, 4};
    f.statuses = QSet<PersonStatus>(knownStatuses().cbegin(), knownStatuses().cend());
    return f;
}

bool PersonFilter::accepts(PersonCategory category, int risk, PersonStatus status) const
{
    const bool anyCategory = categories.size() >= knownCategories().size();
    const bool anyRisk = risks.size() >= 4;
    const bool anyStatus = statuses.size() >= knownStatuses().size();
    return (anyCategory || categories.contains(category)) && (anyRisk || risks.contains(risk)) &&
           (anyStatus || statuses.contains(status));
}

bool PersonFilter::acceptsAll() const
{
    return *this == all();
}

} // namespace yiping::ui
