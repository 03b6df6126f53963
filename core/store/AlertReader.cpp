#include "store/AlertReader.h"

#include "store/AnnotationQueue.h"
#include "store/Store.h"

#include <QFileInfo>
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
    } catch (const SqlError &e) {
        result.alerts.clear();
        result.error = tr("The alerts could not be read from the cache: %1").arg(e.message());
    }
    return result;
}

std::optional<QPointF> AlertReader::regionCentre(const QString &regionId)
{
    if (regionId.isEmpty())
        return std::nullopt;
    Statement st(m_db, "SELECT c_lon, c_lat FROM regions WHERE id = ?");
    st.bindText(1, regionId);
    if (st.step() && !st.isNull(0) && !st.isNull(1))
        return QPointF(st.columnDouble(0), st.columnDouble(1));
    return std::nullopt;
}

AlertReader::Result AlertReader::readOpen(const QString &cachePath, int limit)
{
    if (!QFileInfo::exists(cachePath))
        return {};
    auto opened = Store::open(cachePath);
    if (!opened.store)
        return {{}, opened.error};
    return AlertReader(opened.store->database()).open(limit);
}

std::optional<QPointF> AlertReader::readRegionCentre(const QString &cachePath,
                                                     const QString &regionId)
{
    if (regionId.isEmpty() || !QFileInfo::exists(cachePath))
        return std::nullopt;
    auto opened = Store::open(cachePath);
    if (!opened.store)
        return std::nullopt;
    try {
        return AlertReader(opened.store->database()).regionCentre(regionId);
    } catch (const SqlError &) {
        // A live alert still shows in the list; only its dot on the map is missing, and the
        // list's own read reports the broken cache.
        return std::nullopt;
    }
}

} // namespace yiping::store
