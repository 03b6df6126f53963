#pragma once

#include "sync/PageGuard.h"
#include "sync/SyncTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

namespace yiping::store {
class Store;
}

namespace yiping::sync {

class ApiClient;

// Pulls one collection page by page from its committed cursor. Each page is checked
// (PageGuard, then the store's contract check) and applied with its cursor in one
// transaction, so whatever stops the pull — an error, a cancel, a killed process — leaves
// the cache at a page boundary from which the next pull continues.
class PagePuller
{
    Q_DECLARE_TR_FUNCTIONS(PagePuller)

public:
    using ProgressFn = std::function<void(const CollectionProgress &)>;

    PagePuller(ApiClient &api, store::Store &store);
    CollectionResult pull(domain::Collection c, qint64 total, const ProgressFn &progress);

private:
    struct Page
    {
        QByteArray body; // the answer as received; `raw` points into it
        // The items as raw bytes and parsed once (the usual case), or, for a page
        // splitItems() does not take apart, as the parser's array.
        bool split = false;
        QList<QByteArray> raw;
        QList<QJsonObject> objects;
        QJsonArray items;
        qsizetype size() const { return split ? raw.size() : items.size(); }
        qint64 nextSince = 0;
        bool hasMore = false;
    };
    // Empty when `body` is a well-formed page of `c` answering `since`.
    QString parse(domain::Collection c, qint64 since, Page *page) const;
    // Records to ask for so that a page of records of `bytesPerRecord` stays near the
    // byte budget.
    int limitFor(qint64 bytesPerRecord) const;

    ApiClient &m_api;
    store::Store &m_store;
    PageGuard m_guard;
};

} // namespace yiping::sync
