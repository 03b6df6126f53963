#pragma once

#include "domain/Common.h"
#include "geo/GeoPolygon.h"

#include <QMap>

namespace yiping::domain {

// 四级网格: level 1 city, 2 district/county, 3 town/street, 4 grid cell.
struct Region : Common
{
    QString code;
    QString name;
    int level = 0; // kept as read; isKnownLevel() tells 1..4 from the rest
    QString parentId;
    geo::GeoMultiPolygon geometry;
    std::optional<QPointF> centroid;
    qint64 population = 0;
    qint64 households = 0;
    Contact officer; // 网格员
    static Region fromJson(const QJsonObject &o);
};

// 重点人员.
struct Person : Common
{
    QString name;
    QString idNumber; // possibly masked by the server
    EnumValue<Gender> gender;
    QString birthDate;
    QString phone; // possibly masked by the server
    EnumValue<PersonCategory> category;
    int riskLevel = 0;
    EnumValue<PersonStatus> status;
    QString regionId;
    QString address;
    std::optional<QPointF> location;
    QString managedSince;
    QStringList tags;
    static Person fromJson(const QJsonObject &o);
};

// 重点场所 / 重点部位.
struct Site : Common
{
    QString name;
    EnumValue<SiteKind> kind;
    int riskLevel = 0;
    QString regionId;
    QString address;
    std::optional<QPointF> location;
    geo::GeoMultiPolygon footprint;
    qint64 capacity = 0;
    Contact contact;
    static Site fromJson(const QJsonObject &o);
};

// 法人.
struct Org : Common
{
    QString name;
    QString uscc;
    QString kind; // free text in the contract
    QString regionId;
    std::optional<QPointF> location;
    static Org fromJson(const QJsonObject &o);
};

// A GeoJSON Polygon or MultiPolygon; anything else gives an empty shape.
geo::GeoMultiPolygon parsePolygonal(const QJsonObject &geometry);

} // namespace yiping::domain
