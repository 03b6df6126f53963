#pragma once

#include "store/Store.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <stdexcept>
#include <typeindex>
#include <unordered_map>
#include <utility>

namespace yiping::read {

// A job's failure with a sentence for the user; ReadService turns it into the answer's error.
class ReadError : public std::runtime_error
{
public:
    explicit ReadError(const QString &message)
        : std::runtime_error(message.toStdString())
    {}
    QString message() const { return QString::fromStdString(what()); }
};

// What a read job gets on the worker thread: the cache, opened on first use, and the
// readers a client keeps on it between jobs (prepared statements, loaded regions). Both
// belong to that thread. setCachePath() drops them, so the next job starts on a fresh
// connection (the file may have been replaced by a sync or an import); a job may close()
// them itself after a failure it does not trust the connection to survive.
class ReadContext
{
    Q_DECLARE_TR_FUNCTIONS(ReadContext)

public:
    ReadContext() = default;
    ~ReadContext() { close(); }
    ReadContext(const ReadContext &) = delete;
    ReadContext &operator=(const ReadContext &) = delete;

    QString cachePath() const { return m_path; }
    // The cache at cachePath(); throws ReadError when it cannot be opened.
    store::Store &store();
    // Whether there is a cache file to open: a window before its first sync has none, and
    // "no data yet" is then an answer, not an error.
    bool hasCache() const;
    // What opening the cache found that the user should know (a damaged file moved aside);
    // taken once, so each notice is shown once.
    QStringList takeNotices() { return std::exchange(m_notices, {}); }

    // The reader of type R on this connection, made as R(store().database()) the first time.
    template<typename R> R &get()
    {
        if (R *r = find<R>())
            return *r;
        auto made = std::make_shared<R>(store().database());
        R &ref = *made;
        m_readers.emplace(std::type_index(typeid(R)), std::move(made));
        return ref;
    }
    // The reader of type R if a job made one on this connection, else null.
    template<typename R> R *find() const
    {
        const auto it = m_readers.find(std::type_index(typeid(R)));
        return it == m_readers.end() ? nullptr : static_cast<R *>(it->second.get());
    }

    // Drops the connection and the readers on it; the next store() opens the cache again.
    void close();
    // Used by ReadService, in the order the jobs were queued.
    void setCachePath(const QString &path);

private:
    QString m_path;
    QStringList m_notices;
    std::unique_ptr<store::Store> m_store;
    // Type-erased so that one context serves every client's readers; they hold statements
    // on m_store's connection, so they go first.
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_readers;
};

} // namespace yiping::read
