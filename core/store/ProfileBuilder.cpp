#include "store/ProfileBuilder.h"

#include "domain/Activity.h"
#include "domain/EnumText.h"
#include "domain/Places.h"
#include "store/MapData.h"
#include "store/Repository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <functional>

namespace yiping::store::profile {

QString when(std::optional<qint64> t)
{
    if (!t)
        return {};
    return QDateTime::fromSecsSinceEpoch(*t, QTimeZone::fromSecondsAheadOfUtc(8 * 3600))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    return v == std::floor(v) ? QLocale().toString(qint64(v)) : QLocale().toString(v, 'f', 1);
}

std::optional<QPointF> pointOf(const Statement &st, int lonCol)
{
    if (st.isNull(lonCol) || st.isNull(lonCol + 1))
        return std::nullopt;
    return QPointF(st.columnDouble(lonCol), st.columnDouble(lonCol + 1));
}

std::optional<qint64> Builder::now()
{
    // "Now" of the data: the newest event. A live cache is within minutes of the clock; a
    // demo dataset ends where it was generated, and "the last 90 days" means its last 90.
    if (!m_now)
        m_now = m_map.latestEventTime();
    return *m_now;
}

ProfileLink Builder::link(RefType type, const QString &id)
{
    ProfileLink l{type, id, id, {}, std::nullopt};
    const QByteArray utf8 = id.toUtf8();
    auto query = [&](const char *sql) {
        Statement st(m_db, sql);
        st.bind(1, utf8);
        return st;
    };
    switch (type) {
    case RefType::Person: {
        Statement st = query("SELECT name, category, risk_level, lon, lat FROM persons WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail = ProfileReader::tr("%1, risk %2")
                           .arg(text<domain::PersonCategory>(st.columnText(1)))
                           .arg(st.columnInt(2));
            l.lonLat = pointOf(st, 3);
        }
        break;
    }
    case RefType::Site: {
        Statement st = query("SELECT name, kind, risk_level, lon, lat FROM sites WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail = ProfileReader::tr("%1, risk %2")
                           .arg(text<domain::SiteKind>(st.columnText(1)))
                           .arg(st.columnInt(2));
            l.lonLat = pointOf(st, 3);
        }
        break;
    }
    case RefType::Org: {
        Statement st = query("SELECT name, kind, lon, lat FROM orgs WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail = st.columnText(1);
            l.lonLat = pointOf(st, 2);
        }
        break;
    }
    case RefType::Event: {
        Statement st = query("SELECT json_extract(json,'$.summary'), occurred_at, source, status, "
                             "lon, lat FROM events WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail =
                QStringList{when(st.columnInt(1)), text<domain::EventSource>(st.columnText(2)),
                            text<domain::EventStatus>(st.columnText(3))}
                    .join(QStringLiteral(" · "));
            l.lonLat = pointOf(st, 4);
        }
        break;
    }
    case RefType::Case: {
        Statement st = query("SELECT case_no, title, stage, agency FROM cases WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(1).isEmpty() ? st.columnText(0) : st.columnText(1);
            l.detail = QStringList{st.columnText(0), text<domain::Stage>(st.columnText(2)),
                                   text<domain::Agency>(st.columnText(3))}
                           .join(QStringLiteral(" · "));
        }
        break;
    }
    case RefType::Dispute: {
        Statement st = query("SELECT kind, received_at, status, lon, lat FROM disputes WHERE id=?");
        if (st.step()) {
            l.title =
                ProfileReader::tr("%1 dispute").arg(text<domain::DisputeKind>(st.columnText(0)));
            l.detail =
                QStringList{when(st.columnInt(1)), text<domain::DisputeStatus>(st.columnText(2))}
                    .join(QStringLiteral(" · "));
            l.lonLat = pointOf(st, 3);
        }
        break;
    }
    case RefType::Region: {
        Statement st = query("SELECT name, level, coalesce(c_lon, (min_lon+max_lon)/2), "
                             "coalesce(c_lat, (min_lat+max_lat)/2) FROM regions WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail = EnumText::regionLevel(int(st.columnInt(1)));
            l.lonLat = pointOf(st, 2);
        }
        break;
    }
    case RefType::Alert: {
        Statement st = query("SELECT json_extract(json,'$.message'), level, raised_at, status "
                             "FROM alerts WHERE id=?");
        if (st.step()) {
            l.title = st.columnText(0);
            l.detail =
                QStringList{when(st.columnInt(2)), text<domain::AlertLevel>(st.columnText(1)),
                            text<domain::AlertStatus>(st.columnText(3))}
                    .join(QStringLiteral(" · "));
        }
        break;
    }
    case RefType::Unknown:
        break;
    }
    return l;
}

ProfileSection Builder::links(const QString &title, RefType type, const QStringList &ids)
{
    ProfileSection s{title, {}, int(ids.size())};
    for (const QString &id : ids.mid(0, kListCap))
        s.links.append(link(type, id));
    return s;
}

ProfileSection Builder::linkedRecords(const QString &title, const char *sql, const char *countSql,
                                      const QString &personId,
                                      const std::function<ProfileLink(const Statement &)> &row)
{
    ProfileSection s{title, {}, 0};
    const QByteArray utf8 = personId.toUtf8();
    Statement st(m_db, sql);
    st.bind(1, utf8).bind(2, kListCap);
    while (st.step())
        s.links.append(row(st));
    Statement count(m_db, countSql);
    count.bind(1, utf8);
    s.total = count.step() ? int(count.columnInt(0)) : 0;
    return s;
}

void Builder::regionSection(Profile &p, const QString &regionId)
{
    if (regionId.isEmpty())
        return;
    ProfileSection s{ProfileReader::tr("Region"), {}, 0};
    // The chain from the district down, so the reader sees where in the city this is. Up
    // the parent_id chain in SQL: loading every outline for a person's panel would cost
    // more than the rest of the profile.
    Statement st(m_db, "WITH RECURSIVE up(id, depth) AS (SELECT ?1, 0 UNION ALL SELECT "
                       "r.parent_id, u.depth+1 FROM regions r JOIN up u ON r.id=u.id WHERE "
                       "r.parent_id IS NOT NULL AND u.depth<8) SELECT r.id, r.name, r.level, "
                       "coalesce(r.c_lon, (r.min_lon+r.max_lon)/2), "
                       "coalesce(r.c_lat, (r.min_lat+r.max_lat)/2) FROM up JOIN regions r ON "
                       "r.id=up.id ORDER BY up.depth "
                       "DESC");
    const QByteArray utf8 = regionId.toUtf8();
    st.bind(1, utf8);
    while (st.step())
        if (st.columnInt(2) > 1)
            s.links.append(ProfileLink{RefType::Region, st.columnText(0), st.columnText(1),
                                       EnumText::regionLevel(int(st.columnInt(2))),
                                       pointOf(st, 3)});
    if (s.links.isEmpty())
        s.links.append(link(RefType::Region, regionId));
    s.total = int(s.links.size());
    p.sections.append(s);
    if (!p.lonLat && !s.links.isEmpty())
        p.lonLat = s.links.last().lonLat;
}

void Builder::notes(Profile &p)
{
    // Stored notes, then the ones queued locally (typed here, not yet uploaded): a queued
    // edit of a stored note replaces it.
    QHash<QString, domain::Annotation> byId;
    const QString type = QString(domain::EnumValue<RefType>::name(p.type));
    auto keep = [&](const domain::Annotation &a) {
        if (a.target.id == p.id && a.target.type.raw == type)
            byId.insert(a.id, a);
    };
    for (const domain::Annotation &a :
         Repository<domain::Annotation>(m_db).where("target_id", p.id))
        keep(a);
    Statement st(m_db, "SELECT json FROM pending_annotation WHERE "
                       "json_extract(json,'$.target.id')=?");
    const QByteArray utf8 = p.id.toUtf8();
    st.bind(1, utf8);
    while (st.step())
        keep(domain::Annotation::fromJson(QJsonDocument::fromJson(st.columnBytes(0)).object()));
    p.notes = byId.values();
    std::sort(p.notes.begin(), p.notes.end(), [](const auto &a, const auto &b) {
        return a.createdAt.value_or(0) != b.createdAt.value_or(0)
                   ? a.createdAt.value_or(0) > b.createdAt.value_or(0)
                   : a.id > b.id;
    });
}

// ---- person ------------------------------------------------------------------------------

} // namespace yiping::store::profile
