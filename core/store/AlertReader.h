#pragma once

#include "domain/Links.h"
#include "store/Sqlite.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

#include <optional>

namespace yiping::store {

// An alert as the alerts list and the map show it: the record, where it is (its region's
// centre), and whether an acknowledgement made here waits in the upload queue.
struct ListedAlert
{
    domain::Alert alert;
    std::optional<QPointF> lonLat;
    bool ackPending = false;
    // The alert's region and its ancestors in the cache, finest first (a cell, its town,
    // its district): what a filter by the region in view matches.
    QStringList regionPath;
};

// Reads the alerts of the cache for the alerts list: the open ones by the `alerts` table's
// columns (status, raised_at; index alerts_window), and the centre of a live alert's
// region. A cache that cannot be read says why (Result::error) rather than answering with
// an empty list, which would read as "no open alerts". One reader per thread and connection.
class AlertReader
{
    Q_DECLARE_TR_FUNCTIONS(AlertReader)

public:
    struct Result
    {
        QList<ListedAlert> alerts; // newest first
        qsizetype total = 0;       // open alerts in the cache, listed or not
        QString error;             // why the alerts could not be read; empty when they were
        bool ok() const { return error.isEmpty(); }
    };

    explicit AlertReader(Database &db)
        : m_db(db)
    {}

    // Up to `limit` open alerts, newest first; `total` says how many are open in all.
    Result open(int limit);
    // A live alert placed as open() places a listed one: its region's centre and path, and
    // whether an ack of it waits. A region not in the cache leaves both empty.
    ListedAlert locate(const domain::Alert &alert);

private:
    Database &m_db;
};

} // namespace yiping::store
