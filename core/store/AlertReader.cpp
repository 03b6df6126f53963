#include "store/AlertReader.h"

#include "store/AnnotationQueue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yiping::store {

AlertReader::Result AlertReader::open(int limit)
{
    Result result;
    try {
        const QSet<QString> acked = AnnotationQueue(m_db).pendingAcks();
        Statement st(m_db, "SELECT a.json, r.c_lon, r.c_lat, a.region_id, r.parent_id, p.parent_id "
                           "FROM alerts a LEFT JOIN regions r ON r.id = a.region_id "
                           "LEFT JOIN regions p ON p.id = r.parent_id WHERE a.status = 'open' "
                           "ORDER BY a.raised_at DESC, a.rev DESC LIMIT ?");
        st.bind(1, limit);
        while (st.step()) {
            ListedAlert listed;
            listed.alert =
                domain::Alert::fromJson(QJsonDocument::fromJson(st.columnBytes(0)).object());
            listed.ackPending = acked.contains(listed.alert.id);
            if (!st.isNull(1) && !st.isNull(2))
                listed.lonLat = QPointF(st.columnDouble(1), st.columnDouble(2));
            for (int c = 3; c <= 5; ++c)
                if (!st.isNull(c))
                    listed.regionPath.append(st.columnText(c));
            result.alerts.append(listed);
        }
        Statement total(m_db, "SELECT count(*) FROM alerts WHERE status = 'open'");
        total.step();
        result.total = total.columnInt(0);
    } catch (const SqlError &e) {
        result.alerts.clear();
        result.error = tr("The alerts could not be read from the cache: %1").arg(e.message());
    }
    return result;
}

ListedAlert AlertReader::locate(const domain::Alert &alert)
{
    ListedAlert listed;
    listed.alert = alert;
    listed.ackPending = AnnotationQueue(m_db).pendingAcks().contains(alert.id);
    if (alert.regionId.isEmpty())
        return listed;
    Statement st(m_db, "SELECT r.c_lon, r.c_lat, r.id, r.parent_id, p.parent_id FROM regions r "
                       "LEFT JOIN regions p ON p.id = r.parent_id WHERE r.id = ?");
    st.bindText(1, alert.regionId);
    if (!st.step())
        return listed;
    if (!st.isNull(0) && !st.isNull(1))
        listed.lonLat = QPointF(st.columnDouble(0), st.columnDouble(1));
    for (int c = 2; c <= 4; ++c)
        if (!st.isNull(c))
            listed.regionPath.append(st.columnText(c));
    return listed;
}

} // namespace yiping::store
