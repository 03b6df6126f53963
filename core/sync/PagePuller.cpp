#include "sync/PagePuller.h"

#include "store/Store.h"
#include "sync/ApiClient.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <future>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace yiping::sync {

using domain::Collection;

namespace {

using L = QLatin1StringView;

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

// The record size assumed for a collection's first page, before one was seen: generous,
// so that a first page of big records stays near the budget too.
constexpr qint64 kFirstGuessBytesPerRecord = 1024;

// Gives the free pages of the heap back to the system. A pull parses and frees one page
// after another, and glibc kept most of what was freed, scattered between live blocks:
// the free memory it held grew with the number of pages, and with it the pull's
// footprint. Trimming once per page takes about half a millisecond.
void releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace

PagePuller::PagePuller(ApiClient &api, store::Store &store)
    : m_api(api)
    , m_store(store)
    , m_guard(api.config().limits)
{}

int PagePuller::limitFor(qint64 bytesPerRecord) const
{
    const ServerConfig &config = m_api.config();
    return int(std::clamp<qint64>(config.pageBytes / std::max<qint64>(bytesPerRecord, 1), 1,
                                  std::max(config.pageLimit, 1)));
}

QString PagePuller::parse(Collection c, qint64 since, Page *page) const
{
    const QByteArray &body = page->body;
    if (const QString why = m_guard.scan(body); !why.isEmpty())
        return why;
    // Parsing the page whole and serializing each item again for the store cost more than
    // the store's own work: parse the small envelope, and each item once, from its bytes.
    QByteArray envelope;
    QList<qsizetype> offsets;
    page->split = PageGuard::splitItems(body, &envelope, &page->raw, &offsets);
    if (!page->split) {
        page->raw.clear();
        envelope = body;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(envelope, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("the page is not valid JSON (%1 at byte %2)")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    const QJsonObject o = doc.object();
    const QJsonValue items = o.value(L("items"));
    const QJsonValue next = o.value(L("next_since"));
    const QJsonValue more = o.value(L("has_more"));
    if (!doc.isObject() || o.value(L("collection")).toString() != domain::collectionName(c) ||
        !items.isArray() || !isInteger(next) || !more.isBool())
        return tr("the page lacks collection, items, next_since or has_more");
    if (!page->split)
        page->items = items.toArray();
    page->nextSince = next.toInteger();
    page->hasMore = more.toBool();
    if (page->nextSince < since)
        return tr("next_since %1 goes back before since").arg(page->nextSince);
    if (page->hasMore && (page->nextSince == since || page->size() == 0))
        return tr("the page promises more but does not advance");
    if (page->split)
        page->objects.reserve(page->raw.size());
    for (qsizetype i = 0; i < page->size(); ++i) {
        QJsonObject record;
        if (page->split) {
            const QJsonDocument item = QJsonDocument::fromJson(page->raw.at(i), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return tr("the page is not valid JSON (%1 at byte %2)")
                    .arg(parseError.errorString())
                    .arg(offsets.at(i) + parseError.offset);
            record = item.object(); // splitItems() took only objects
            page->objects.append(record);
        } else {
            const QJsonValue item = page->items.at(i);
            if (!item.isObject())
                continue; // the store names it
            record = item.toObject();
        }
        if (const QString why = m_guard.checkRecord(record); !why.isEmpty())
            return tr("item %1 (%2): %3")
                .arg(i + 1)
                .arg(record.value(L("id")).toString().left(64), why);
    }
    return {};
}

CollectionResult PagePuller::pull(Collection c, qint64 total, const ProgressFn &progress)
{
    const QString name = domain::collectionName(c);
    CollectionResult result;
    result.collection = c;
    qint64 cursor = m_store.cursor(c); // committed
    // The page in flight is applied on another thread while this one downloads and parses
    // the next (the store and the JSON parser each take about one core). The store is used
    // by one thread at a time: settle() waits for the apply before any other use of it.
    std::future<store::Store::PageResult> applying;
    qsizetype applyingSize = 0;
    qint64 since = cursor; // what the page being applied will commit
    bool resetOnce = false;
    // Pages are asked for by record count but held in memory by size: with a fixed count a
    // collection of big records (cases with their stage history) held pages twice the size
    // of the rest, two at a time, and the memory of a pull grew with the data set.
    int limit = limitFor(kFirstGuessBytesPerRecord);
    auto settle = [&]() -> QString {
        if (!applying.valid())
            return {};
        const store::Store::PageResult applied = applying.get();
        releaseFreeMemory(); // the page just applied
        if (!applied.ok)
            return applied.error;
        cursor = applied.cursor;
        result.received += applyingSize;
        if (progress)
            progress({c, result.received, total, cursor});
        return {};
    };
    auto stop = [&](QString why) {
        // An apply that failed stopped the pull first, whatever went wrong after it.
        if (const QString applyError = settle(); !applyError.isEmpty()) {
            why = applyError;
            result.cancelled = false;
        }
        result.error = tr("%1 stopped at cursor %2: %3").arg(name).arg(cursor).arg(why);
        result.count = m_store.count(c);
        result.cursor = cursor;
        qCWarning(lcSync).noquote() << result.error;
        return result;
    };

    for (;;) {
        const QUrlQuery query{{QStringLiteral("since"), QString::number(since)},
                              {QStringLiteral("limit"), QString::number(limit)}};
        ApiClient::Response r = m_api.get(QStringLiteral("/api/v1/sync/") + name, query);
        if (r.cancelled || m_api.isCancelled()) {
            result.cancelled = true;
            return stop(tr("cancelled"));
        }
        if (r.status == 410 && !resetOnce) {
            // The server forgot the tombstones we would need: start over from 0.
            if (const QString why = settle(); !why.isEmpty())
                return stop(why);
            qCInfo(lcSync).noquote() << name << "cursor" << since << "is gone; pulling again";
            resetOnce = true;
            m_store.resetCollection(c);
            cursor = since = 0;
            continue;
        }
        if (!r.ok())
            return stop(r.error);

        Page page;
        page.body = std::move(r.body);
        if (const QString why = parse(c, since, &page); !why.isEmpty())
            return stop(why);
        if (page.size() > 0)
            limit = limitFor(page.body.size() / page.size());
        if (const QString why = settle(); !why.isEmpty())
            return stop(why);
        // A cancel that arrives after the download still leaves this page unapplied.
        if (m_api.isCancelled()) {
            result.cancelled = true;
            return stop(tr("cancelled"));
        }
        applyingSize = page.size();
        since = page.nextSince;
        const bool hasMore = page.hasMore;
        applying = std::async(std::launch::async, [this, c, page = std::move(page)]() mutable {
            const store::Store::PageResult applied =
                page.split ? m_store.applyPage(c, page.raw, page.objects, page.nextSince)
                           : m_store.applyPage(c, page.items, page.nextSince);
            page = Page(); // freed before settle() hears of the result
            return applied;
        });
        if (!hasMore)
            break;
    }
    if (const QString why = settle(); !why.isEmpty())
        return stop(why);
    result.ok = true;
    result.cursor = cursor;
    result.count = m_store.count(c);
    return result;
}

} // namespace yiping::sync
