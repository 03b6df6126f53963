#include "domain/RecordCheck.h"

#include <array>
#include <vector>

namespace yiping::domain {

namespace {

using L = QLatin1StringView;

// The contract's `required` list of each collection beyond id/rev/updated_at, in
// Collection order.
const std::array<std::vector<const char *>, kCollectionCount> kRequired = {{
    {"code", "name", "level", "geometry"},
    {"name", "category", "risk_level", "status"},
    {"name", "kind", "risk_level", "location"},
    {"name"},
    {"source", "category", "severity", "occurred_at", "status"},
    {"case_no", "kind", "stage", "agency", "opened_at", "stages"},
    {"kind", "received_at", "channel", "status"},
    {"channel", "kind", "received_at"},
    {"person_id", "at", "location", "source"},
    {"from", "to", "kind"},
    {"region_id", "period", "score"},
    {"rule", "level", "raised_at", "status"},
    {"unit", "period", "total"},
    {"target", "kind", "author", "created_at"},
}};

} // namespace

bool RecordCheck::isTombstone(const QJsonObject &record)
{
    return record.value(L("deleted")).toBool(false);
}

QString RecordCheck::violation(Collection c, const QJsonObject &record)
{
    const QJsonValue id = record.value(L("id"));
    if (!id.isString() || id.toString().isEmpty())
        return tr("the record has no id");
    const QJsonValue rev = record.value(L("rev"));
    if (!rev.isDouble() || rev.toDouble() != double(rev.toInteger()) || rev.toInteger() <= 0)
        return tr("record %1 has no positive integer rev").arg(id.toString());
    if (isTombstone(record))
        return {};
    if (!record.value(L("updated_at")).isString())
        return tr("record %1 has no updated_at").arg(id.toString());
    for (const char *field : kRequired[size_t(c)]) {
        const QJsonValue v = record.value(L(field));
        if (v.isUndefined() || v.isNull())
            return tr("record %1 lacks the required field %2").arg(id.toString(), L(field));
    }
    for (const char *field : {"location", "centroid"}) {
        const QJsonValue v = record.value(L(field));
        if (!v.isUndefined() && !v.isNull() &&
            (!v.isArray() || v.toArray().size() != 2 || !v.toArray()[0].isDouble() ||
             !v.toArray()[1].isDouble()))
            return tr("record %1 has a malformed %2").arg(id.toString(), L(field));
    }
    return {};
}

} // namespace yiping::domain
