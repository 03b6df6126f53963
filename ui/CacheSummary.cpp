#include "CacheSummary.h"

#include "domain/Collection.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QLocale>

namespace yiping::ui {

CacheSummary CacheSummary::read(const QString &path)
{
    CacheSummary s;
    s.path = path;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        s.error = tr("no local cache yet");
        return s;
    }
    auto opened = store::Store::open(path);
    s.notices = opened.notices;
    if (!opened.store) {
        s.error = opened.error;
        return s;
    }
    qint64 newest = 0;
    for (const domain::Collection c : domain::kAllCollections) {
        s.records += opened.store->count(c);
        newest = std::max(newest, opened.store->lastSync(c).value_or(0));
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
