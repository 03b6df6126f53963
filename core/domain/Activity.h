#pragma once

#include "domain/Common.h"

namespace yiping::domain {

// 社情 / 警情 / 舆情 / 隐患.
struct Event : Common
{
    EnumValue<EventSource> source;
    QString category; // free text in the contract ("theft")
    int severity = 0;
    std::optional<qint64> occurredAt;
    std::optional<qint64> reportedAt;
    std::optional<QPointF> location;
    QString regionId;
    EnumValue<EventStatus> status;
    std::optional<qint64> resolvedAt;
    QString summary;
    QStringList personIds;
    QString siteId;
    static Event fromJson(const QJsonObject &o);
};

// 政法案件 with its full stage history, oldest first.
struct Case : Common
{
    QString caseNo;
    QString title;
    EnumValue<CaseKind> kind;
    QString cause; // 案由
    QString regionId;
    EnumValue<Stage> stage;
    EnumValue<Agency> agency;
    std::optional<qint64> openedAt;
    std::optional<qint64> closedAt;
    std::optional<qint64> dueAt;
    QStringList personIds;
    QList<StageEntry> stages;
    static Case fromJson(const QJsonObject &o);
};

// 矛盾纠纷.
struct Dispute : Common
{
    EnumValue<DisputeKind> kind;
    QString regionId;
    std::optional<QPointF> location;
    std::optional<qint64> receivedAt;
    EnumValue<DisputeChannel> channel;
    EnumValue<DisputeStatus> status;
    QString mediatorOrg;
    std::optional<qint64> closedAt;
    int parties = 0;
    double amount = 0;
    QStringList personIds;
    static Dispute fromJson(const QJsonObject &o);
};

// Public legal service request.
struct Service : Common
{
    EnumValue<ServiceChannel> channel;
    QString kind;
    QString regionId;
    std::optional<qint64> receivedAt;
    std::optional<qint64> closedAt;
    std::optional<int> satisfaction; // 1..5 or null
    static Service fromJson(const QJsonObject &o);
};

// One sighting of a person (轨迹点).
struct Track : Common
{
    QString personId;
    std::optional<qint64> at;
    std::optional<QPointF> location;
    EnumValue<TrackSource> source;
    QString place;
    static Track fromJson(const QJsonObject &o);
};

} // namespace yiping::domain
