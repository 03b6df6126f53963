#pragma once

#include "domain/Collection.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace yiping::sync {

// Values the sync engine reports; they cross threads by queued signals.

struct CollectionProgress
{
    domain::Collection collection = domain::Collection::Regions;
    qint64 received = 0; // records received in this run
    qint64 total = -1;   // the server's count from /meta, -1 when unknown
    qint64 cursor = 0;   // committed cursor
};

struct CollectionResult
{
    domain::Collection collection = domain::Collection::Regions;
    bool ok = false; // the collection is current
    bool cancelled = false;
    QString error; // names the collection and the cursor it stopped at
    qint64 received = 0;
    qint64 cursor = 0;
    qint64 count = 0; // records in the cache afterwards
};

struct SyncSummary
{
    QList<CollectionResult> collections;
    int pushed = 0;    // annotations the server stored
    int conflicts = 0; // annotations kept as conflicts after a 409
    QString error;     // a failure of the whole run (sign-in, cache, push)
    // The signed-in user's clearance as the server gave it (public, limited, restricted);
    // empty when the run did not get as far as signing in.
    QString clearance;
    bool cancelled = false;

    bool ok() const
    {
        if (!error.isEmpty() || cancelled)
            return false;
        for (const CollectionResult &r : collections)
            if (!r.ok)
                return false;
        return true;
    }
    QString firstError() const
    {
        if (!error.isEmpty())
            return error;
        for (const CollectionResult &r : collections)
            if (!r.ok)
                return r.error;
        return {};
    }
};

} // namespace yiping::sync

Q_DECLARE_METATYPE(yiping::sync::CollectionProgress)
Q_DECLARE_METATYPE(yiping::sync::CollectionResult)
Q_DECLARE_METATYPE(yiping::sync::SyncSummary)
