// Sync throughput against the real reference server on loopback:
//   bench_sync [--scale small|city] [--data FILE] [--page-bytes N] [--trace]
// generates the dataset (unless --data), serves it, and measures a full sync (records/s
// end to end, goal >= 50,000/s; peak RSS, which must stay flat from small to city since
// pages stream one at a time) and an incremental sync of 1,000 changed records (goal < 1 s).
// --trace prints where the memory is, every 250 ms and as each collection ends: RSS, the
// heap in use (SQLite's share of it apart) and the free memory the allocator keeps, which
// counts in RSS once touched.

#include "Budget.h"
#include "domain/Links.h"
#include "store/Store.h"
#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

using namespace yiping;

namespace {

// Resident set size figures of this process from /proc, in MiB.
double procStatusMiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

QString memoryLine()
{
    const struct mallinfo2 heap = mallinfo2(); // every arena
    constexpr double MiB = 1 << 20;
    return QStringLiteral(
               "RSS %1 MiB, heap in use %2 MiB (SQLite %3, at most %4), heap free %5 MiB")
        .arg(procStatusMiB("VmRSS:"), 0, 'f', 1)
        .arg(double(heap.uordblks + heap.hblkhd) / MiB, 0, 'f', 1)
        .arg(double(sqlite3_memory_used()) / MiB, 0, 'f', 1)
        .arg(double(sqlite3_memory_highwater(0)) / MiB, 0, 'f', 1)
        .arg(double(heap.fordblks) / MiB, 0, 'f', 1);
}

// --trace: memoryLine() every 250 ms on a thread of its own, while alive.
class MemoryTrace
{
public:
    MemoryTrace()
        : m_thread([this] {
            QElapsedTimer clock;
            clock.start();
            while (!m_stop.load()) {
                QTextStream(stderr) << clock.elapsed() << " ms: " << memoryLine() << Qt::endl;
                std::this_thread::sleep_for(std::chrono::milliseconds(250));
            }
        })
    {}
    ~MemoryTrace()
    {
        m_stop.store(true);
        m_thread.join();
    }

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

sync::SyncSummary runSync(sync::SyncEngine &engine)
{
    sync::SyncSummary summary;
    QObject::connect(&engine, &sync::SyncEngine::finished,
                     [&summary](const sync::SyncSummary &s) { summary = s; });
    engine.sync();
    return summary;
}

qint64 received(const sync::SyncSummary &s)
{
    qint64 n = 0;
    for (const sync::CollectionResult &r : s.collections)
        n += r.received;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("small or city"),
                                         QStringLiteral("SCALE"), QStringLiteral("small"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("dataset file"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption pageBytesOption(
        QStringLiteral("page-bytes"),
        QStringLiteral("the sync's page budget (default: ServerConfig's)"), QStringLiteral("N"));
    const QCommandLineOption traceOption(QStringLiteral("trace"),
                                         QStringLiteral("print where the memory is"));
    parser.addOptions({scaleOption, dataOption, pageBytesOption, traceOption});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString server = QStringLiteral(YIPING_SERVER_BIN);

    QString dataset = parser.value(dataOption);
    if (dataset.isEmpty()) {
        dataset = dir.filePath(QStringLiteral("data.ndjson"));
        QElapsedTimer clock;
        clock.start();
        if (QProcess::execute(server, {QStringLiteral("generate"), QStringLiteral("--scale"),
                                       parser.value(scaleOption), QStringLiteral("--seed"),
                                       QStringLiteral("1"), QStringLiteral("--out"), dataset}) !=
            0) {
            out << "generate failed" << Qt::endl;
            return 1;
        }
        out << "generated " << parser.value(scaleOption) << " dataset in " << clock.elapsed()
            << " ms" << Qt::endl;
    }

    QProcess serve;
    serve.start(server, {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--data"), dataset});
    static const QRegularExpression line(QStringLiteral("listening on (http://\\S+)"));
    QString banner;
    while (!line.match(banner).hasMatch() && serve.state() != QProcess::NotRunning &&
           serve.waitForReadyRead(600000))
        banner += QString::fromUtf8(serve.readAllStandardOutput());
    const QUrl url(line.match(banner).captured(1));
    if (url.isEmpty()) {
        out << "the server did not start" << Qt::endl;
        return 1;
    }

    sync::ServerConfig config;
    config.server = url;
    config.user = QStringLiteral("admin");
    config.password = QStringLiteral("admin-demo");
    if (parser.isSet(pageBytesOption))
        config.pageBytes = parser.value(pageBytesOption).toLongLong();
    const double rssBefore = procStatusMiB("VmRSS:");
    sync::SyncEngine engine(config, dir.filePath(QStringLiteral("cache.sqlite")));
    QElapsedTimer clock;
    clock.start();
    std::optional<MemoryTrace> trace;
    QMetaObject::Connection traceCollections;
    if (parser.isSet(traceOption)) {
        trace.emplace();
        traceCollections = QObject::connect(&engine, &sync::SyncEngine::collectionFinished,
                                            [&clock](const sync::CollectionResult &r) {
                                                QTextStream(stderr)
                                                    << domain::collectionName(r.collection)
                                                    << " done at " << clock.elapsed()
                                                    << " ms: " << memoryLine() << Qt::endl;
                                            });
    }
    const sync::SyncSummary full = runSync(engine);
    const qint64 fullMs = clock.elapsed();
    trace.reset();
    QObject::disconnect(traceCollections);
    if (!full.ok()) {
        out << "full sync failed: " << full.firstError() << Qt::endl;
        return 1;
    }
    const qint64 records = received(full);
    out << "full sync: " << records << " records in " << fullMs << " ms" << Qt::endl;
    bench::Budget budget(out);
    budget.atLeast(QStringLiteral("full sync"), records * 1000.0 / std::max<qint64>(fullMs, 1),
                   50000, QStringLiteral("records/s"));
    out << "RSS before " << rssBefore << " MiB, peak " << procStatusMiB("VmHWM:") << " MiB"
        << Qt::endl;

    // 1,000 changed records: annotations written by another client.
    sync::ApiClient writer(config, nullptr);
    if (!writer.authenticate().isEmpty())
        return 1;
    store::Statement firstRegion(engine.store()->database(), "SELECT id FROM regions LIMIT 1");
    const QString target = firstRegion.step() ? firstRegion.columnText(0) : QString();
    for (int i = 0; i < 1000; ++i) {
        const QString id =
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        const QJsonObject body{
            {QStringLiteral("id"), id},
            {QStringLiteral("base_rev"), 0},
            {QStringLiteral("target"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("region")},
                         {QStringLiteral("id"), target}}},
            {QStringLiteral("kind"), QStringLiteral("note")},
            {QStringLiteral("author"), QStringLiteral("admin")},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-27T09:00:00+08:00")},
            {QStringLiteral("text"), QStringLiteral("bench")}};
        if (!writer.put(QStringLiteral("/api/v1/annotations/") + id, QJsonDocument(body).toJson())
                 .ok()) {
            out << "writing the changes failed" << Qt::endl;
            return 1;
        }
    }
    clock.restart();
    const sync::SyncSummary incremental = runSync(engine);
    const qint64 incrementalMs = clock.elapsed();
    out << "incremental sync: " << received(incremental) << " changed records" << Qt::endl;
    budget.atMost(QStringLiteral("incremental sync of 1,000 changes"), double(incrementalMs), 1000,
                  QStringLiteral("ms"));
    out << "peak RSS " << procStatusMiB("VmHWM:") << " MiB" << Qt::endl;
    serve.terminate();
    serve.waitForFinished();
    if (!incremental.ok()) {
        out << "incremental sync failed: " << incremental.firstError() << Qt::endl;
        return 1;
    }
    return budget.exitCode();
}
