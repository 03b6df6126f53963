#include "CacheSummary.h"

#include "domain/Collection.h"
#include "read/ReadContext.h"
#include "store/Store.h"

#include <QLocale>

namespace yiping::ui {

CacheSummary CacheSummary::read(read::ReadContext &c)
{
    CacheSummary s;
    s.path = c.cachePath();
    if (!c.hasCache()) {
        s.error = tr("no local cache yet");
        return s;
    }
    store::Store *store = nullptr;
    try {
        store = &c.store();
    } catch (const read::ReadError &e) {
        s.error = e.message();
    }
    s.notices = c.takeNotices();
    if (!store)
        return s;
    qint64 newest = 0;
    for (const domain::Collection coll : domain::kAllCollections) {
        s.records += store->count(coll);
        newest = std::max(newest, store->lastSync(coll).value_or(0));
    }
    if (newest > 0)
        s.lastSync = QDateTime::fromSecsSinceEpoch(newest);
    return s;
}

QString CacheSummary::statusText(const QDateTime &now) const
{
    if (!error.isEmpty())
        return tr("Offline data: %1").arg(error);
    const QLocale locale;
    const QString count = tr("%1 records").arg(locale.toString(records));
    if (!lastSync.isValid())
        return tr("Offline data: never synced · %1").arg(count);
    const qint64 minutes = lastSync.secsTo(now) / 60;
    QString age;
    if (minutes < 1)
        age = tr("just now");
    else if (minutes < 60)
        age = tr("%n minute(s) ago", nullptr, int(minutes));
    else if (minutes < 48 * 60)
        age = tr("%n hour(s) ago", nullptr, int(minutes / 60));
    else
        age = tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
    return tr("Data as of %1 (%2) · %3")
        .arg(locale.toString(lastSync.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")), age,
             count);
}

} // namespace yiping::ui
