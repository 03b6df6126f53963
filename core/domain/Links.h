#pragma once

#include "domain/Common.h"

#include <QMap>

namespace yiping::domain {

// An edge of the knowledge graph.
struct Relation : Common
{
    Ref from;
    Ref to;
    EnumValue<RelationKind> kind;
    double weight = 0;
    std::optional<qint64> firstSeen;
    std::optional<qint64> lastSeen;
    static Relation fromJson(const QJsonObject &o);
};

// 安全感测评 result for a region and period.
struct Survey : Common
{
    QString regionId;
    QString period;
    double score = 0;
    qint64 respondents = 0;
    static Survey fromJson(const QJsonObject &o);
};

// 预警.
struct Alert : Common
{
    QString rule;
    EnumValue<AlertLevel> level;
    std::optional<Ref> subject;
    QString regionId;
    std::optional<qint64> raisedAt;
    EnumValue<AlertStatus> status;
    QString message;
    static Alert fromJson(const QJsonObject &o);
};

// 平安建设考核 score of a unit for a period.
struct Assessment : Common
{
    Ref unit;
    QString unitName;
    QString period;
    QMap<QString, double> indicators;
    double total = 0;
    int rank = 0;
    static Assessment fromJson(const QJsonObject &o);
};

// A note, acknowledgement or flag made by a user, possibly offline.
struct Annotation : Common
{
    Ref target;
    EnumValue<AnnotationKind> kind;
    QString author;
    std::optional<qint64> createdAt;
    QString text;
    static Annotation fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

} // namespace yiping::domain
