#pragma once

#include "store/Store.h"

#include <QCoreApplication>

namespace yiping::store {

// Opening a cache file: creation, migration, refusal of newer schemas, and recovery of a
// damaged file (moved aside with a timestamp, rebuilt empty, pending annotations carried
// over when they can still be read).
class CacheFile
{
    Q_DECLARE_TR_FUNCTIONS(CacheFile)

public:
    static Store::OpenResult open(const QString &path);
    // Why the file cannot be used as it is (not SQLite, fails quick_check), or an empty
    // string for a sound or absent file. Changes nothing.
    static QString damage(const QString &path);

private:
    struct Pending
    {
        QString id;
        QByteArray json;
        qint64 baseRev = 0;
        qint64 queuedAt = 0;
        qint64 attempts = 0;
        QByteArray conflict;
    };
    static QList<Pending> readPending(const QString &path, QString *error);
    static Database openFresh(const QString &path);
};

} // namespace yiping::store
