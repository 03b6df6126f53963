#pragma once

#include "store/Store.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace yiping::store {

// Streams a generator dataset (NDJSON: a header line, then per collection a section line
// {"collection","count"} followed by that many records) into the cache through
// Store::applyPage, a page at a time, so memory does not grow with the file.
class DatasetImport
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImport)

public:
    struct Result
    {
        bool ok = false;
        QString error;
        qint64 records = 0;
        QMap<QString, qint64> perCollection;
    };
    using Progress = std::function<void(const QString &collection, qint64 done, qint64 total)>;

    static constexpr int kDefaultPageSize = 5000;
    static Result run(Store &store, const QString &path, int pageSize = kDefaultPageSize,
                      const Progress &progress = {});
};

} // namespace yiping::store
