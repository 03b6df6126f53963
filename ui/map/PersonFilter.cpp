#include "map/PersonFilter.h"

#include "workspace/FilterKeys.h"
#include "workspace/WorkspaceContext.h"

#include <algorithm>

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

namespace {

// One dimension into the context: every option ticked clears the key.
template<typename T>
void writeDimension(workspace::WorkspaceContext &context, const QString &key, const QSet<T> &ticked,
                    qsizetype options, const std::function<QString(T)> &code)
{
    if (ticked.size() >= options) {
        context.clearFilter(key);
        return;
    }
    QStringList codes;
    for (const T &v : ticked)
        codes.append(code(v));
    std::sort(codes.begin(), codes.end());
    context.setFilter(key, codes);
}

template<typename E>
QSet<E> readEnums(const workspace::WorkspaceContext &context, const QString &key,
                  const QList<E> &known)
{
    if (!context.hasFilter(key))
        return QSet<E>(known.cbegin(), known.cend());
    QSet<E> out;
    for (const QString &code : context.filter(key))
        if (const auto v = domain::EnumValue<E>::parse(code); v.isKnown())
            out.insert(v.value);
    return out;
}

} // namespace

void PersonFilter::writeTo(workspace::WorkspaceContext &context) const
{
    writeDimension<PersonCategory>(
        context, workspace::filterkey::personCategory, categories, knownCategories().size(),
        [](PersonCategory c) { return QString(domain::EnumValue<PersonCategory>::name(c)); });
    writeDimension<int>(context, workspace::filterkey::personRisk, risks, 4,
                        [](int r) { return QString::number(r); });
    writeDimension<PersonStatus>(
        context, workspace::filterkey::personStatus, statuses, knownStatuses().size(),
        [](PersonStatus s) { return QString(domain::EnumValue<PersonStatus>::name(s)); });
}

PersonFilter PersonFilter::readFrom(const workspace::WorkspaceContext &context)
{
    PersonFilter f;
    f.categories = readEnums(context, workspace::filterkey::personCategory, knownCategories());
    f.statuses = readEnums(context, workspace::filterkey::personStatus, knownStatuses());
    if (!context.hasFilter(workspace::filterkey::personRisk)) {
        f.risks = {1, 2, 3, 4};
    } else {
        for (const QString &code : context.filter(workspace::filterkey::personRisk))
            if (const int r = code.toInt(); domain::isKnownLevel(r))
                f.risks.insert(r);
    }
    return f;
}

bool PersonFilter::acceptsAll() const
{
    return *this == all();
}

} // namespace yiping::ui
