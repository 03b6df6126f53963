// The read service on its own. Every ordering below is forced (a first job held on a
// semaphore), never left to timing, so the checks mean the same on a loaded machine.
#include "read/ReadService.h"
#include "store/Store.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace yiping;

namespace {

// A reader kept on the connection: counts how often one is made.
std::atomic<int> g_readersMade{0};
struct CountingReader
{
    explicit CountingReader(store::Database &) { ++g_readersMade; }
    int uses = 0;
};

// A job that says when it runs and then waits to be let go.
struct Gate
{
    QSemaphore started;
    QSemaphore release;
    auto job(int value)
    {
        return [this, value](read::ReadContext &) {
            started.release();
            release.acquire();
            return value;
        };
    }
};

} // namespace

class TestReadService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newCache(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto opened = store::Store::open(path);
        return opened.store ? path : QString();
    }

private Q_SLOTS:
    void answersComeBackOnTheCallersThread()
    {
        read::ReadService reads(QStringLiteral("test-reads"));
        QThread *jobThread = nullptr;
        QThread *answerThread = nullptr;
        int answer = 0;
        reads.request(
            QStringLiteral("k"),
            [&jobThread](read::ReadContext &) {
                jobThread = QThread::currentThread();
                return 42;
            },
            [&](const read::ReadResult<int> &r) {
                answerThread = QThread::currentThread();
                answer = r.ok() ? *r : -1;
            });
        QSignalSpy idle(&reads, &read::ReadService::idle);
        QVERIFY(reads.isBusy());
        QVERIFY(idle.wait(10000));
        QCOMPARE(answer, 42);
        QCOMPARE(answerThread, QThread::currentThread());
        QVERIFY(jobThread != nullptr);
        QVERIFY(jobThread != QThread::currentThread());
        QCOMPARE(jobThread->objectName(), QStringLiteral("test-reads"));
        QVERIFY(!reads.isBusy());

        // Computations run off the caller's thread as well, and answer on it.
        QThread *computeThread = nullptr;
        reads.compute(
            QStringLiteral("c"),
            [&computeThread] {
                computeThread = QThread::currentThread();
                return QStringLiteral("done");
            },
            [&](const read::ReadResult<QString> &r) {
                answerThread = QThread::currentThread();
                QCOMPARE(*r, QStringLiteral("done"));
            });
        QVERIFY(idle.wait(10000));
        QVERIFY(computeThread != nullptr && computeThread != QThread::currentThread());
        QCOMPARE(answerThread, QThread::currentThread());
    }

    void aNewerRequestOfTheSameKeySupersedesTheOlder()
    {
        read::ReadService reads(QStringLiteral("test-reads"));
        Gate gate;
        QList<int> delivered;
        std::atomic<int> secondRan{0};
        auto record = [&delivered](const read::ReadResult<int> &r) { delivered.append(*r); };
        // 1 runs and is held; 2 and 3 queue behind it with the same key, 4 with another.
        reads.request(QStringLiteral("grid"), gate.job(1), record);
        QVERIFY(gate.started.tryAcquire(1, 10000));
        reads.request(
            QStringLiteral("grid"),
            [&secondRan](read::ReadContext &) {
                ++secondRan;
                return 2;
            },
            record);
        reads.request(QStringLiteral("other"), [](read::ReadContext &) { return 4; }, record);
        reads.request(QStringLiteral("grid"), [](read::ReadContext &) { return 3; }, record);
        // 5 is cancelled as the user clears what asked for it.
        reads.request(QStringLiteral("search"), [](read::ReadContext &) { return 5; }, record);
        reads.cancel(QStringLiteral("search"));
        QSignalSpy idle(&reads, &read::ReadService::idle);
        gate.release.release();
        QVERIFY(idle.wait(10000));
        // 1 ran but was overtaken while it ran: dropped. 2 was overtaken before its turn:
        // never ran. 4 has its own key; 3 is the newest of "grid"; 5 was cancelled.
        QCOMPARE(delivered, (QList<int>{4, 3}));
        QCOMPARE(secondRan.load(), 0);
        QCOMPARE(idle.count(), 1);
    }

    void requestsWithoutAKeyAreNeverSuperseded()
    {
        read::ReadService reads(QStringLiteral("test-reads"));
        QList<int> delivered;
        for (int i = 1; i <= 3; ++i)
            reads.request(
                QString(), [i](read::ReadContext &) { return i; },
                [&delivered](const read::ReadResult<int> &r) { delivered.append(*r); });
        QSignalSpy idle(&reads, &read::ReadService::idle);
        QVERIFY(idle.wait(10000));
        QCOMPARE(delivered, (QList<int>{1, 2, 3}));
    }

    void errorsReachTheCaller()
    {
        read::ReadService reads(QStringLiteral("test-reads"));
        QSignalSpy idle(&reads, &read::ReadService::idle);
        QList<read::ReadResult<int>> answers;
        auto record = [&answers](const read::ReadResult<int> &r) { answers.append(r); };

        // No cache set: the job's store() fails, and a job can ask first.
        bool hadCache = true;
        reads.request(
            QStringLiteral("none"), [](read::ReadContext &c) { return c.hasCache(); },
            [&hadCache](const read::ReadResult<bool> &r) { hadCache = r.ok() && *r; });
        reads.request(
            QStringLiteral("a"), [](read::ReadContext &c) { return int(c.store().count({})); },
            record);
        // A job that gives up with a sentence.
        reads.request(
            QStringLiteral("b"),
            [](read::ReadContext &) -> int {
                throw read::ReadError(QStringLiteral("no such region"));
            },
            record);
        // A failing query on a real cache.
        const QString cache = newCache(QStringLiteral("errors.sqlite"));
        QVERIFY(!cache.isEmpty());
        reads.setCachePath(cache);
        reads.request(
            QStringLiteral("c"),
            [](read::ReadContext &c) {
                c.store().database().exec("SELECT * FROM no_such_table");
                return 1;
            },
            record);
        // The connection is still good for the next job.
        reads.request(
            QStringLiteral("d"),
            [](read::ReadContext &c) {
                c.store().database().exec("SELECT 1");
                return 7;
            },
            record);
        QVERIFY(idle.wait(10000));
        QCOMPARE(answers.size(), 4);
        QVERIFY(!hadCache);
        QVERIFY(!answers[0].ok());
        QCOMPARE(answers[0].error, read::ReadContext::tr("No local cache is open."));
        QVERIFY(!answers[1].ok());
        QCOMPARE(answers[1].error, QStringLiteral("no such region"));
        QVERIFY(!answers[2].ok());
        QVERIFY2(answers[2].error.contains(QLatin1String("no_such_table")),
                 qPrintable(answers[2].error));
        QVERIFY(answers[3].ok());
        QCOMPARE(*answers[3], 7);
    }

    void readersStayOnTheirConnection()
    {
        read::ReadService reads(QStringLiteral("test-reads"));
        QSignalSpy idle(&reads, &read::ReadService::idle);
        const QString first = newCache(QStringLiteral("first.sqlite"));
        const QString second = newCache(QStringLiteral("second.sqlite"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        g_readersMade = 0;
        QList<int> uses;
        auto use = [](read::ReadContext &c) { return ++c.get<CountingReader>().uses; };
        auto record = [&uses](const read::ReadResult<int> &r) { uses.append(r.ok() ? *r : -1); };
        auto found = [](read::ReadContext &c) { return c.find<CountingReader>() ? 1 : 0; };

        reads.setCachePath(first);
        reads.request({}, found, record);
        reads.request({}, use, record);
        reads.request({}, use, record);
        // A new path (the same one, too) means a new connection and new readers.
        reads.setCachePath(first);
        reads.request({}, found, record);
        reads.request({}, use, record);
        reads.setCachePath(second);
        reads.request({}, use, record);
        QVERIFY(idle.wait(10000));
        QCOMPARE(uses, (QList<int>{0, 1, 2, 0, 1, 1}));
        QCOMPARE(g_readersMade.load(), 3);
        QCOMPARE(reads.cachePath(), second);
    }

    void shutdownWithJobsInFlightIsClean()
    {
        auto *reads = new read::ReadService(QStringLiteral("test-reads"));
        Gate gate, poolGate;
        std::atomic<int> ran{0};
        int delivered = 0;
        auto record = [&delivered](const read::ReadResult<int> &) { ++delivered; };
        reads->request(QStringLiteral("held"), gate.job(1), record);
        reads->compute(
            QStringLiteral("pool"),
            [&poolGate] {
                poolGate.started.release();
                poolGate.release.acquire();
                return 2;
            },
            record);
        QVERIFY(gate.started.tryAcquire(1, 10000));
        QVERIFY(poolGate.started.tryAcquire(1, 10000));
        for (int i = 0; i < 5; ++i)
            reads->request(
                QString(),
                [&ran](read::ReadContext &) {
                    ++ran;
                    return 0;
                },
                record);
        // The held jobs are let go only once the service is being destroyed: the queued ones
        // must not run, and no answer may arrive afterwards.
        std::thread releaser([&] {
            QThread::msleep(100);
            gate.release.release();
            poolGate.release.release();
        });
        delete reads;
        releaser.join();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(ran.load(), 0);
        QCOMPARE(delivered, 0);
    }
};

QTEST_GUILESS_MAIN(TestReadService)
#include "tst_readservice.moc"
