#pragma once

#include <QPointF>
#include <QString>

namespace yiping::server {

class ServerDatabase;

// What the dataset's header line says about the city it describes.
struct DatasetHeader
{
    QString scale;
    QString now;
    QString cityCode;
    QString cityName;
    QString crs;
    QPointF center; // lon, lat
};

// Streams a dataset file (NDJSON written by `yiping-server generate`) into the server's
// database in one transaction, one record at a time, and resolves each record's region
// code: its own for a region, its region_id's otherwise, its person's for a track, and
// the `from`/`unit`/`subject`/`target` end's for records that only refer to others.
// Checks the format as it goes (header, section counts, rev strictly increasing).
class DatasetLoader
{
public:
    explicit DatasetLoader(ServerDatabase &db);
    bool load(const QString &path, DatasetHeader *header, QString *error);
    qint64 recordCount() const { return m_records; }

private:
    ServerDatabase &m_db;
    qint64 m_records = 0;
};

} // namespace yiping::server
