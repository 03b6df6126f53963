#include "read/ReadService.h"

namespace yiping::read {

namespace {

// Runs one job; a failure becomes the answer's error.
QString runGuarded(const std::function<void(ReadContext *)> &work, ReadContext *context)
{
    try {
        work(context);
        return {};
    } catch (const ReadError &e) {
        return e.message();
    } catch (const store::SqlError &e) {
        return e.message();
    } catch (const std::exception &e) {
        // Nothing may escape into the event loop; the message is all the caller can use.
        return ReadContext::tr("The read failed: %1").arg(QString::fromUtf8(e.what()));
    }
}

} // namespace

ReadService::ReadService(const QString &name, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_context(std::make_shared<ReadContext>())
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // Computations are short and few at a time: two threads keep the cores for the GUI.
    m_pool.setMaxThreadCount(2);
}

ReadService::~ReadService()
{
    for (const std::weak_ptr<Ticket> &t : std::as_const(m_pending))
        if (const auto ticket = t.lock())
            ticket->dropped = true;
    m_pool.clear();
    m_thread.quit();
    m_thread.wait();
    m_pool.waitForDone();
    // Answers already posted to this object are discarded with it.
}

void ReadService::setCachePath(const QString &path)
{
    m_path = path;
    submit({}, Where::Worker, [path](ReadContext *c) { c->setCachePath(path); }, {});
}

void ReadService::cancel(const QString &key)
{
    if (const auto ticket = m_latest.take(key))
        ticket->dropped = true;
}

void ReadService::submit(const QString &key, Where where, Work work, Done done)
{
    auto ticket = std::make_shared<Ticket>();
    if (!key.isEmpty()) {
        if (const auto older = m_latest.value(key))
            older->dropped = true;
        m_latest.insert(key, ticket);
    }
    m_pending.removeIf([](const std::weak_ptr<Ticket> &t) { return t.expired(); });
    m_pending.append(ticket);
    ++m_inFlight;
    ReadContext *context = where == Where::Worker ? m_context.get() : nullptr;
    auto run = [this, key, ticket, context, work = std::move(work), done = std::move(done)] {
        // Skipped when a newer request of the same key came before its turn.
        const bool ran = !ticket->dropped;
        const QString error = ran ? runGuarded(work, context) : QString();
        QMetaObject::invokeMethod(
            this, [this, key, ticket, ran, error, done] { finish(key, ticket, ran, error, done); },
            Qt::QueuedConnection);
    };
    if (where == Where::Worker)
        QMetaObject::invokeMethod(m_worker, std::move(run), Qt::QueuedConnection);
    else
        m_pool.start(std::move(run));
}

void ReadService::finish(const QString &key, const std::shared_ptr<Ticket> &ticket, bool ran,
                         const QString &error, const Done &done)
{
    if (!key.isEmpty() && m_latest.value(key) == ticket)
        m_latest.remove(key);
    // Checked here, on the caller's thread, so a request superseded while its job ran is
    // dropped too.
    if (ran && !ticket->dropped && done)
        done(error);
    if (--m_inFlight == 0)
        Q_EMIT idle();
}

} // namespace yiping::read
