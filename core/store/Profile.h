#pragma once

#include "domain/Enums.h"
#include "domain/Links.h"
#include "geo/GeoPolygon.h"

#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>

#include <optional>

namespace yiping::store {

// The content of the 全息档案 (full profile) side panel of one record: plain values, already
// translated and masked for the viewer, so the panel only lays them out.

struct ProfileField
{
    QString label;
    QString value;
};

// A link to another record; clicking it opens that record's profile. Entries that are not
// records of their own (a person's sightings, a case's stages) have type RefType::Unknown:
// they can be shown and flown to (lonLat), not opened.
struct ProfileLink
{
    domain::RefType type = domain::RefType::Unknown;
    QString id;
    QString title;
    QString detail;
    std::optional<QPointF> lonLat;
};

struct ProfileSection
{
    QString title;
    QList<ProfileLink> links;
    int total = 0; // how many there are; may exceed links.size() for capped lists
};

struct RiskChange
{
    qint64 at = 0;
    int level = 0;
    QString reason;
};

struct Profile
{
    domain::RefType type = domain::RefType::Unknown;
    QString id;
    QString title;
    QString subtitle;
    int risk = 0;                  // 0 = none
    std::optional<QPointF> lonLat; // where to fly
    geo::GeoMultiPolygon shape;    // what to highlight
    QList<ProfileField> fields;
    QList<ProfileSection> sections;
    QList<RiskChange> riskHistory;             // oldest first
    QList<QPair<QString, int>> relationCounts; // relation kind label, count (persons)
    QList<domain::Annotation> notes;           // stored and locally queued notes, newest first
    bool masked = false;                       // personal identifiers were masked for this viewer
    // An alert's contract status (open, acknowledged, closed), and whether an ack made here
    // waits in the upload queue: what its profile offers (确认, or 待上传).
    QString status;
    bool ackPending = false;
};

} // namespace yiping::store
