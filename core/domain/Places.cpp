#include "domain/Places.h"

#include <QJsonArray>

namespace yiping::domain {

using L = QLatin1StringView;

namespace {

geo::GeoPolygon polygonFrom(const QJsonArray &rings)
{
    geo::GeoPolygon polygon;
    polygon.rings.reserve(rings.size());
    for (const QJsonValue &ringValue : rings) {
        const QJsonArray ring = ringValue.toArray();
        QList<QPointF> points;
        points.reserve(ring.size());
        for (const QJsonValue &pt : ring) {
            const QJsonArray xy = pt.toArray();
            if (xy.size() >= 2)
                points.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
        }
        polygon.rings.append(std::move(points));
    }
    return polygon;
}

} // namespace

geo::GeoMultiPolygon parsePolygonal(const QJsonObject &geometry)
{
    const QString type = geometry.value(L("type")).toString();
    const QJsonArray coords = geometry.value(L("coordinates")).toArray();
    geo::GeoMultiPolygon shape;
    if (type == L("Polygon")) {
        shape.append(polygonFrom(coords));
    } else if (type == L("MultiPolygon")) {
        for (const QJsonValue &p : coords)
            shape.append(polygonFrom(p.toArray()));
    }
    return shape;
}

Region Region::fromJson(const QJsonObject &o)
{
    Region r;
    r.readCommon(o);
    r.code = json::str(o, L("code"));
    r.name = json::str(o, L("name"));
    r.level = o.value(L("level")).toInt();
    r.parentId = json::str(o, L("parent_id"));
    r.geometry = parsePolygonal(o.value(L("geometry")).toObject());
    r.centroid = json::lonLat(o, L("centroid"));
    r.population = o.value(L("population")).toInteger();
    r.households = o.value(L("households")).toInteger();
    r.officer = json::contact(o, L("officer"));
    return r;
}

Person Person::fromJson(const QJsonObject &o)
{
    Person p;
    p.readCommon(o);
    p.name = json::str(o, L("name"));
    p.idNumber = json::str(o, L("id_number"));
    p.gender = json::enumValue<Gender>(o, L("gender"));
    p.birthDate = json::str(o, L("birth_date"));
    p.phone = json::str(o, L("phone"));
    p.category = json::enumValue<PersonCategory>(o, L("category"));
    p.riskLevel = o.value(L("risk_level")).toInt();
    p.status = json::enumValue<PersonStatus>(o, L("status"));
    p.regionId = json::str(o, L("region_id"));
    p.address = json::str(o, L("address"));
    p.location = json::lonLat(o, L("location"));
    p.managedSince = json::str(o, L("managed_since"));
    p.tags = json::strings(o, L("tags"));
    return p;
}

Site Site::fromJson(const QJsonObject &o)
{
    Site s;
    s.readCommon(o);
    s.name = json::str(o, L("name"));
    s.kind = json::enumValue<SiteKind>(o, L("kind"));
    s.riskLevel = o.value(L("risk_level")).toInt();
    s.regionId = json::str(o, L("region_id"));
    s.address = json::str(o, L("address"));
    s.location = json::lonLat(o, L("location"));
    s.footprint = parsePolygonal(o.value(L("footprint")).toObject());
    s.capacity = o.value(L("capacity")).toInteger();
    s.contact = json::contact(o, L("contact"));
    return s;
}

Org Org::fromJson(const QJsonObject &o)
{
    Org g;
    g.readCommon(o);
    g.name = json::str(o, L("name"));
    g.uscc = json::str(o, L("uscc"));
    g.kind = json::str(o, L("kind"));
    g.regionId = json::str(o, L("region_id"));
    g.location = json::lonLat(o, L("location"));
    return g;
}

} // namespace yiping::domain
