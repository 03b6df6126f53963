#pragma once

#include "read/ReadContext.h"
#include "read/ReadResult.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace yiping::read {

// The one way to read the cache off the GUI thread. Jobs run in order on one worker thread
// that keeps its own connection (ReadContext); pure computations over values run on a
// small pool. Answers come back as values on the thread that made the service. A request
// with the same non-empty key as a newer one is superseded: it is skipped if it has not
// started, and its answer is dropped if it has, so a fast user never sees an old picture.
//
//   m_reads.setCachePath(path);
//   m_reads.request(u"grid"_s, [level](read::ReadContext &c) { return
//   c.get<MapData>().regions(level); },
//                   [this](read::ReadResult<QList<RegionShape>> r) { … });
class ReadService : public QObject
{
    Q_OBJECT

public:
    // `name` names the worker thread (seen in debuggers and profilers).
    explicit ReadService(const QString &name, QObject *parent = nullptr);
    // Jobs not started are dropped and no answer is delivered; a running job is waited for.
    ~ReadService() override;

    // Jobs queued after this read `path`, on a new connection even when the path is the
    // same (a sync or an import may have replaced the file).
    void setCachePath(const QString &path);
    QString cachePath() const { return m_path; }

    // Runs job(ReadContext &) -> T on the worker thread and calls deliver(ReadResult<T>).
    template<typename Job, typename Deliver>
    void request(const QString &key, Job job, Deliver deliver)
    {
        using T = std::invoke_result_t<Job &, ReadContext &>;
        auto value = std::make_shared<std::optional<T>>();
        submit(
            key, Where::Worker,
            [job = std::move(job), value](ReadContext *c) mutable { value->emplace(job(*c)); },
            answer<T>(value, std::move(deliver)));
    }
    // Runs job() -> T on the pool, for work that needs no database (the values it uses must
    // be immutable or its own), and calls deliver(ReadResult<T>).
    template<typename Job, typename Deliver>
    void compute(const QString &key, Job job, Deliver deliver)
    {
        using T = std::invoke_result_t<Job &>;
        auto value = std::make_shared<std::optional<T>>();
        submit(
            key, Where::Pool,
            [job = std::move(job), value](ReadContext *) mutable { value->emplace(job()); },
            answer<T>(value, std::move(deliver)));
    }

    // Drops the newest request of `key` as if a newer one had come: its answer never arrives.
    void cancel(const QString &key);

    // Requests whose answer has not been delivered or dropped yet.
    bool isBusy() const { return m_inFlight > 0; }

Q_SIGNALS:
    // The last request in flight was answered (or dropped): nothing more will arrive.
    void idle();

private:
    enum class Where { Worker, Pool };
    struct Ticket
    {
        std::atomic<bool> dropped{false};
    };
    using Work = std::function<void(ReadContext *)>;
    using Done = std::function<void(const QString &error)>;

    template<typename T, typename Deliver>
    static Done answer(std::shared_ptr<std::optional<T>> value, Deliver deliver)
    {
        return
            [value = std::move(value), deliver = std::move(deliver)](const QString &error) mutable {
                ReadResult<T> result;
                if (error.isEmpty())
                    result.value = std::move(*value);
                else
                    result.error = error;
                deliver(std::move(result));
            };
    }
    void submit(const QString &key, Where where, Work work, Done done);
    void finish(const QString &key, const std::shared_ptr<Ticket> &ticket, bool ran,
                const QString &error, const Done &done);

    QString m_path;
    QThread m_thread;
    QThreadPool m_pool;
    QObject *m_worker;                      // lives on m_thread: the target of queued jobs
    std::shared_ptr<ReadContext> m_context; // used on m_thread only
    QHash<QString, std::shared_ptr<Ticket>> m_latest; // the newest request of each key
    QList<std::weak_ptr<Ticket>> m_pending;           // dropped all at once on destruction
    int m_inFlight = 0;
};

} // namespace yiping::read
