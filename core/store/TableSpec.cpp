#include "store/TableSpec.h"

#include "domain/Places.h"
#include "domain/Time.h"
#include "store/SearchKind.h"

#include <QJsonArray>

#include <array>

namespace yiping::store {

using domain::Collection;
using L = QLatin1StringView;

void RowBinder::text(const char *key)
{
    const QJsonValue v = m_o.value(L(key));
    if (v.isString())
        m_st.bindText(m_next++, v.toString());
    else if (v.isDouble()) // an enum the contract spells as a number, kept as its text
        m_st.bindText(m_next++, QString::number(v.toDouble()));
    else
        m_st.bindNull(m_next++);
}

void RowBinder::integer(const char *key)
{
    const QJsonValue v = m_o.value(L(key));
    if (v.isDouble())
        m_st.bind(m_next++, v.toInteger());
    else
        m_st.bindNull(m_next++);
}

void RowBinder::real(const char *key)
{
    const QJsonValue v = m_o.value(L(key));
    if (v.isDouble())
        m_st.bind(m_next++, v.toDouble());
    else
        m_st.bindNull(m_next++);
}

void RowBinder::time(const char *key)
{
    const QJsonValue v = m_o.value(L(key));
    const std::optional<qint64> t =
        v.isString() ? domain::parseRfc3339(v.toString()) : std::nullopt;
    if (t)
        m_st.bind(m_next++, *t);
    else
        m_st.bindNull(m_next++);
}

void RowBinder::point(const std::optional<QPointF> &p)
{
    if (p) {
        m_st.bind(m_next++, p->x());
        m_st.bind(m_next++, p->y());
    } else {
        m_st.bindNull(m_next++);
        m_st.bindNull(m_next++);
    }
}

void RowBinder::lonLat(const char *key)
{
    const QJsonArray a = m_o.value(L(key)).toArray();
    if (a.size() == 2 && a[0].isDouble() && a[1].isDouble())
        m_location = QPointF(a[0].toDouble(), a[1].toDouble());
    point(m_location);
}

void RowBinder::ref(const char *key)
{
    const QJsonObject r = m_o.value(L(key)).toObject();
    m_st.bindText(m_next++, r.value(L("type")).toString());
    m_st.bindText(m_next++, r.value(L("id")).toString());
}

void RowBinder::shapeBounds(const char *key)
{
    const QRectF r = geo::boundsOf(domain::parsePolygonal(m_o.value(L(key)).toObject()));
    if (!r.isNull())
        m_box = r;
    box(m_box);
}

void RowBinder::box(const std::optional<QRectF> &r)
{
    if (r) {
        m_st.bind(m_next++, r->left());
        m_st.bind(m_next++, r->top());
        m_st.bind(m_next++, r->right());
        m_st.bind(m_next++, r->bottom());
    } else {
        for (int i = 0; i < 4; ++i)
            m_st.bindNull(m_next++);
    }
}

namespace {

void bindRegion(RowBinder &b)
{
    b.text("code");
    b.text("name");
    b.integer("level");
    b.text("parent_id");
    b.shapeBounds("geometry");
    b.lonLat("centroid");
}

void bindPerson(RowBinder &b)
{
    for (const char *k : {"name", "id_number", "phone", "category"})
        b.text(k);
    b.integer("risk_level");
    b.text("status");
    b.text("region_id");
    b.text("address");
    b.lonLat("location");
}

void bindSite(RowBinder &b)
{
    b.text("name");
    b.text("kind");
    b.integer("risk_level");
    b.text("region_id");
    b.text("address");
    b.lonLat("location");
}

void bindOrg(RowBinder &b)
{
    for (const char *k : {"name", "uscc", "kind", "region_id"})
        b.text(k);
    b.lonLat("location");
}

void bindEvent(RowBinder &b)
{
    b.text("source");
    b.text("category");
    b.integer("severity");
    b.time("occurred_at");
    b.text("status");
    b.text("region_id");
    b.lonLat("location");
}

void bindCase(RowBinder &b)
{
    for (const char *k : {"case_no", "title", "kind", "stage", "agency"})
        b.text(k);
    for (const char *k : {"opened_at", "due_at", "closed_at"})
        b.time(k);
    b.text("region_id");
}

void bindDispute(RowBinder &b)
{
    for (const char *k : {"kind", "channel", "status"})
        b.text(k);
    b.time("received_at");
    b.time("closed_at");
    b.text("region_id");
    b.lonLat("location");
}

void bindService(RowBinder &b)
{
    b.text("channel");
    b.text("kind");
    b.time("received_at");
    b.time("closed_at");
    b.integer("satisfaction");
    b.text("region_id");
}

void bindTrack(RowBinder &b)
{
    b.text("person_id");
    b.time("at");
    b.text("source");
    b.lonLat("location");
}

void bindRelation(RowBinder &b)
{
    b.ref("from");
    b.ref("to");
    b.text("kind");
    b.real("weight");
}

void bindSurvey(RowBinder &b)
{
    b.text("region_id");
    b.text("period");
    b.real("score");
}

void bindAlert(RowBinder &b)
{
    for (const char *k : {"rule", "level", "status"})
        b.text(k);
    b.time("raised_at");
    b.text("region_id");
    b.ref("subject");
}

void bindAssessment(RowBinder &b)
{
    b.ref("unit");
    b.text("period");
    b.real("total");
    b.integer("rank");
}

void bindAnnotation(RowBinder &b)
{
    b.ref("target");
    b.text("kind");
    b.text("author");
    b.time("created_at");
}

int kind(SearchKind k)
{
    return int(k);
}

const std::array<TableSpec, domain::kCollectionCount> kSpecs = {{
    {Collection::Regions,
     "regions",
     {"code", "name", "level", "parent_id", "min_lon", "min_lat", "max_lon", "max_lat", "c_lon",
      "c_lat"},
     bindRegion,
     nullptr,
     kind(SearchKind::Region)},
    {Collection::Persons,
     "persons",
     {"name", "id_number", "phone", "category", "risk_level", "status", "region_id", "address",
      "lon", "lat"},
     bindPerson,
     "persons_geo",
     kind(SearchKind::Person)},
    {Collection::Sites,
     "sites",
     {"name", "kind", "risk_level", "region_id", "address", "lon", "lat"},
     bindSite,
     "sites_geo",
     kind(SearchKind::Site)},
    {Collection::Orgs,
     "orgs",
     {"name", "uscc", "kind", "region_id", "lon", "lat"},
     bindOrg,
     "orgs_geo",
     kind(SearchKind::Org)},
    {Collection::Events,
     "events",
     {"source", "category", "severity", "occurred_at", "status", "region_id", "lon", "lat"},
     bindEvent,
     "events_geo",
     kind(SearchKind::Event)},
    {Collection::Cases,
     "cases",
     {"case_no", "title", "kind", "stage", "agency", "opened_at", "due_at", "closed_at",
      "region_id"},
     bindCase,
     nullptr,
     kind(SearchKind::Case)},
    {Collection::Disputes,
     "disputes",
     {"kind", "channel", "status", "received_at", "closed_at", "region_id", "lon", "lat"},
     bindDispute,
     "disputes_geo",
     0},
    {Collection::Services,
     "services",
     {"channel", "kind", "received_at", "closed_at", "satisfaction", "region_id"},
     bindService,
     nullptr,
     0},
    {Collection::Tracks,
     "tracks",
     {"person_id", "at", "source", "lon", "lat"},
     bindTrack,
     "tracks_geo",
     0},
    {Collection::Relations,
     "relations",
     {"from_type", "from_id", "to_type", "to_id", "kind", "weight"},
     bindRelation,
     nullptr,
     0},
    {Collection::Surveys, "surveys", {"region_id", "period", "score"}, bindSurvey, nullptr, 0},
    {Collection::Alerts,
     "alerts",
     {"rule", "level", "status", "raised_at", "region_id", "subject_type", "subject_id"},
     bindAlert,
     nullptr,
     0},
    {Collection::Assessments,
     "assessments",
     {"unit_type", "unit_id", "period", "total", "rank"},
     bindAssessment,
     nullptr,
     0},
    {Collection::Annotations,
     "annotations",
     {"target_type", "target_id", "kind", "author", "created_at"},
     bindAnnotation,
     nullptr,
     0},
}};

} // namespace

const TableSpec &tableSpec(Collection c)
{
    return kSpecs[size_t(c)];
}

} // namespace yiping::store
