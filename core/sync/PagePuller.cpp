#include "sync/PagePuller.h"

#include "store/Store.h"
#include "sync/ApiClient.h"
#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <future>

namespace yiping::sync {

using domain::Collection;

namespace {

using L = QLatin1StringView;

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

} // namespace

PagePuller::PagePuller(ApiClient &api, store::Store &store)
    : m_api(api)
    , m_store(store)
    , m_guard(api.config().limits)
{}

QString PagePuller::parse(Collection c, const QByteArray &body, qint64 since, Page *page) const
{
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
    auto settle = [&]() -> QString {
        if (!applying.valid())
            return {};
        const store::Store::PageResult applied = applying.get();
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
                              {QStringLiteral("limit"), QString::number(m_api.config().pageLimit)}};
        const ApiClient::Response r = m_api.get(QStringLiteral("/api/v1/sync/") + name, query);
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
        if (const QString why = parse(c, r.body, since, &page); !why.isEmpty())
            return stop(why);
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
        applying = std::async(std::launch::async, [this, c, page = std::move(page)] {
            return page.split ? m_store.applyPage(c, page.raw, page.objects, page.nextSince)
                              : m_store.applyPage(c, page.items, page.nextSince);
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
