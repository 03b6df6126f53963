#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace yiping::read {
class ReadContext;
}

namespace yiping::ui {

// What the status bar says about the local cache: how much it holds and how old it is.
// A read-service job, delivered to the GUI as a value.
struct CacheSummary
{
    Q_DECLARE_TR_FUNCTIONS(CacheSummary)

public:
    QString path;
    QString error;       // the cache could not be opened
    QStringList notices; // e.g. a damaged cache was moved aside
    qint64 records = 0;
    QDateTime lastSync; // invalid when nothing was ever synced

    static CacheSummary read(read::ReadContext &c);
    // "数据时间 2026-11-27 16:30（3 分钟前）· 2,628,276 条记录" or the reason there is none.
    QString statusText(const QDateTime &now) const;
};

} // namespace yiping::ui
