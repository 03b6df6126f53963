// Uploading queued annotations to the real reference server: idempotent PUT, a retry
// after a lost answer stores nothing twice, a 409 keeps the user's text as a conflict
// until the user resolves it, and an acknowledgement changes the alert's status.

#include "SyncFixture.h"

#include "domain/Links.h"
#include "store/AnnotationQueue.h"

#include <QTemporaryDir>

using namespace yiping;
using fixture::Collection;

namespace {

domain::Annotation annotation(const QString &id, const QString &kind, const QString &targetType,
                              const QString &targetId, const QString &text)
{
    return domain::Annotation::fromJson(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("rev"), 0},
                    {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), targetType},
                                                           {QStringLiteral("id"), targetId}}},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("author"), QStringLiteral("admin")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-11-27T09:00:00+08:00")},
                    {QStringLiteral("text"), text}});
}

domain::Annotation note(const QString &id, const QString &text)
{
    return annotation(id, QStringLiteral("note"), QStringLiteral("region"), QStringLiteral("reg-2"),
                      text);
}

// A record as the cache holds it (its json column); empty when absent.
QJsonObject cached(store::Store &store, const char *table, const QString &id)
{
    store::Statement st(store.database(), QByteArray("SELECT json FROM ") + table + " WHERE id=?");
    st.bindText(1, id);
    return st.step() ? QJsonDocument::fromJson(st.columnBytes(0)).object() : QJsonObject();
}

// The lines the sync engine logs while alive (it logs each retry of a request).
class SyncLogCapture
{
public:
    SyncLogCapture() { s_previous = qInstallMessageHandler(&SyncLogCapture::handle); }
    ~SyncLogCapture() { qInstallMessageHandler(s_previous); }
    static inline QStringList lines;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (context.category && qstrcmp(context.category, "yiping.sync") == 0)
            lines.append(text);
        if (s_previous)
            s_previous(type, context, text);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

void enqueue(const QString &cache, const domain::Annotation &a)
{
    auto opened = store::Store::open(cache);
    QVERIFY(opened.store);
    store::AnnotationQueue(opened.store->database()).enqueue(a, 0);
}

// PUT as another client would, answering the stored rev (or -status).
qint64 putDirectly(const QUrl &server, const domain::Annotation &a)
{
    sync::ApiClient api(fixture::config(server), nullptr);
    if (!api.authenticate().isEmpty())
        return -1;
    QJsonObject body = a.toJson();
    body.remove(QStringLiteral("rev"));
    body.insert(QStringLiteral("base_rev"), 0);
    const sync::ApiClient::Response r =
        api.put(QStringLiteral("/api/v1/annotations/") + a.id, QJsonDocument(body).toJson());
    return r.ok()
               ? QJsonDocument::fromJson(r.body).object().value(QStringLiteral("rev")).toInteger()
               : -r.status;
}

} // namespace

class TestSyncPush : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataset;
    int m_caches = 0;
    QString newCache() { return m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_caches)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("data.ndjson"));
        QVERIFY(fixture::writeDataset(m_dataset, 5));
    }

    void uploadsAndPullsBack()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        const QString cache = newCache();
        const QString id = QStringLiteral("0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0001");
        enqueue(cache, note(id, QStringLiteral("checked the site")));
        sync::SyncEngine engine(fixture::config(server.url), cache);
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(store::AnnotationQueue(engine.store()->database()).count(), 0);
        const fixture::Snapshot cached = fixture::cacheSnapshot(*engine.store());
        QVERIFY(cached[size_t(Collection::Annotations)].contains(id));
        QCOMPARE(cached, fixture::serverSnapshot(server.url));
    }

    void retryAfterALostAnswerStoresOnce()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        const QString id = QStringLiteral("0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0002");
        const domain::Annotation a = note(id, QStringLiteral("seen"));
        // The first upload reached the server but its answer was lost: the entry is still
        // queued and goes again with the same id and base_rev.
        const qint64 rev = putDirectly(server.url, a);
        QVERIFY(rev > 0);
        const QString cache = newCache();
        enqueue(cache, a);
        sync::SyncEngine engine(fixture::config(server.url), cache);
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.conflicts, 0);
        const fixture::Snapshot onServer = fixture::serverSnapshot(server.url);
        QCOMPARE(onServer[size_t(Collection::Annotations)].value(id).rev, rev); // not written again
        QCOMPARE(onServer[size_t(Collection::Annotations)].size(), 5 + 1);
    }

    void lostAnswerIsSentAgainAndStoredOnce()
    {
        // The server stores the annotation but closes the connection before each of the first
        // three answers: the engine sends it again, with backoff, until an answer arrives.
        fixture::Server server;
        QVERIFY(server.start(m_dataset,
                             {QStringLiteral("--faults"), QStringLiteral("drop-put-response=3")}));
        const QString id = QStringLiteral("0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0004");
        const QString cache = newCache();
        enqueue(cache, note(id, QStringLiteral("written once")));
        sync::SyncEngine engine(fixture::config(server.url), cache);
        SyncLogCapture log;
        SyncLogCapture::lines.clear();
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(server.standardError().count(QStringLiteral("dropped the answer to a PUT")), 3);
        QVERIFY(!SyncLogCapture::lines.filter(QStringLiteral("PUT /api/v1/annotations/") + id)
                     .filter(QStringLiteral("again in"))
                     .isEmpty());
        QCOMPARE(store::AnnotationQueue(engine.store()->database()).count(), 0);
        const fixture::Snapshot onServer = fixture::serverSnapshot(server.url);
        // One annotation more than the dataset's, at the rev of the first write (14 * 5
        // records before it): the later PUTs were answered from the stored copy.
        QCOMPARE(onServer[size_t(Collection::Annotations)].size(), 5 + 1);
        QCOMPARE(onServer[size_t(Collection::Annotations)].value(id).rev, 14 * 5 + 1);
        QCOMPARE(fixture::cacheSnapshot(*engine.store()), onServer);
    }

    void conflictKeepsBothVersions()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        const QString id = QStringLiteral("0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0003");
        QVERIFY(putDirectly(server.url, note(id, QStringLiteral("the server's text"))) > 0);
        const QString cache = newCache();
        enqueue(cache, note(id, QStringLiteral("my text")));
        sync::SyncEngine engine(fixture::config(server.url), cache);
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(summary.conflicts, 1);
        QCOMPARE(summary.pushed, 0);
        store::AnnotationQueue queue(engine.store()->database());
        QList<store::AnnotationQueue::Entry> pending = queue.pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().annotation.text, QStringLiteral("my text"));
        QCOMPARE(QJsonDocument::fromJson(pending.first().conflict)
                     .object()
                     .value(QStringLiteral("text")),
                 QStringLiteral("the server's text"));
        // Not sent again until the user resolves it, and never dropped.
        const sync::SyncSummary again = fixture::runSync(engine);
        QCOMPARE(again.conflicts, 0);
        QCOMPARE(again.pushed, 0);
        QCOMPARE(queue.count(), 1);
    }

    void keepMineSendsItOverTheirs()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        const QString id = QStringLiteral("0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0005");
        const qint64 theirRev = putDirectly(server.url, note(id, QStringLiteral("their text")));
        QVERIFY(theirRev > 0);
        const QString cache = newCache();
        enqueue(cache, note(id, QStringLiteral("my text")));
        sync::SyncEngine engine(fixture::config(server.url), cache);
        QCOMPARE(fixture::runSync(engine).conflicts, 1);

        store::AnnotationQueue queue(engine.store()->database());
        const QList<store::AnnotationQueue::Entry> conflicts = queue.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().annotation.id, id);
        QCOMPARE(conflicts.first().annotation.text, QStringLiteral("my text"));
        const QJsonObject theirs = QJsonDocument::fromJson(conflicts.first().conflict).object();
        QCOMPARE(theirs.value(QStringLiteral("text")).toString(), QStringLiteral("their text"));
        QCOMPARE(theirs.value(QStringLiteral("rev")).toInteger(), theirRev);

        QVERIFY(queue.resolve(id, store::AnnotationQueue::Resolution::KeepMine));
        QVERIFY(queue.conflicts().isEmpty());
        QCOMPARE(queue.pending().size(), 1);
        QCOMPARE(queue.pending().first().baseRev, theirRev); // over the version the user saw
        QVERIFY(!queue.resolve(id, store::AnnotationQueue::Resolution::KeepMine)); // no more

        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.conflicts, 0);
        QCOMPARE(queue.count(), 0);
        const QJsonObject mine = cached(*engine.store(), "annotations", id);
        QCOMPARE(mine.value(QStringLiteral("text")).toString(), QStringLiteral("my text"));
        QVERIFY(mine.value(QStringLiteral("rev")).toInteger() > theirRev);
        QCOMPARE(fixture::cacheSnapshot(*engine.store()), fixture::serverSnapshot(server.url));
    }

    void takeTheirsDropsMine()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        const QString id = QStringLiteral("0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0006");
        const qint64 theirRev = putDirectly(server.url, note(id, QStringLiteral("their text")));
        QVERIFY(theirRev > 0);
        const QString cache = newCache();
        enqueue(cache, note(id, QStringLiteral("my text")));
        sync::SyncEngine engine(fixture::config(server.url), cache);
        QCOMPARE(fixture::runSync(engine).conflicts, 1);

        store::AnnotationQueue queue(engine.store()->database());
        QVERIFY(queue.resolve(id, store::AnnotationQueue::Resolution::TakeTheirs));
        QCOMPARE(queue.count(), 0);
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(summary.pushed, 0);
        const QJsonObject kept = cached(*engine.store(), "annotations", id);
        QCOMPARE(kept.value(QStringLiteral("text")).toString(), QStringLiteral("their text"));
        QCOMPARE(kept.value(QStringLiteral("rev")).toInteger(), theirRev);
    }

    void resolveOnlyWhatCanBeResolved()
    {
        const QString cache = newCache();
        auto opened = store::Store::open(cache);
        QVERIFY(opened.store);
        store::AnnotationQueue queue(opened.store->database());
        const QString waiting = QStringLiteral("0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0007");
        const QString broken = QStringLiteral("0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0008");
        queue.enqueue(note(waiting, QStringLiteral("not sent yet")), 0);
        queue.enqueue(note(broken, QStringLiteral("the server's answer had no record")), 0);
        queue.markConflict(broken, QByteArrayLiteral("{}"));
        // Not a conflict: nothing to resolve.
        QVERIFY(!queue.resolve(waiting, store::AnnotationQueue::Resolution::TakeTheirs));
        QVERIFY(!queue.resolve(QStringLiteral("unknown"),
                               store::AnnotationQueue::Resolution::KeepMine));
        // Keeping mine needs the server's rev as the new base: without it the conflict stays.
        QVERIFY(!queue.resolve(broken, store::AnnotationQueue::Resolution::KeepMine));
        QCOMPARE(queue.conflicts().size(), 1);
        QVERIFY(queue.resolve(broken, store::AnnotationQueue::Resolution::TakeTheirs));
        QVERIFY(queue.conflicts().isEmpty());
        QCOMPARE(queue.count(), 1);
        QCOMPARE(queue.pending().first().annotation.id, waiting);
    }

    void acknowledgingAnAlertChangesItsStatus()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset));
        const QString alert = QStringLiteral("ale-2");
        const QString cache = newCache();
        sync::SyncEngine engine(fixture::config(server.url), cache);
        QVERIFY(fixture::runSync(engine).ok());
        const QJsonObject before = cached(*engine.store(), "alerts", alert);
        QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("open"));

        store::AnnotationQueue(engine.store()->database())
            .enqueue(annotation(QStringLiteral("0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0009"),
                                QStringLiteral("ack"), QStringLiteral("alert"), alert,
                                QStringLiteral("on it")),
                     0);
        // One run: the push goes first, so its pull already brings the new status.
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        QCOMPARE(summary.pushed, 1);
        const QJsonObject after = cached(*engine.store(), "alerts", alert);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("acknowledged"));
        QVERIFY(after.value(QStringLiteral("rev")).toInteger() >
                before.value(QStringLiteral("rev")).toInteger());
        QCOMPARE(cached(*engine.store(), "alerts", QStringLiteral("ale-1"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("open")); // only the one acknowledged
        QCOMPARE(fixture::cacheSnapshot(*engine.store()), fixture::serverSnapshot(server.url));

        // Another user's cache learns it on its next sync.
        sync::SyncEngine other(fixture::config(server.url, QStringLiteral("analyst")), newCache());
        QVERIFY(fixture::runSync(other).ok());
        QCOMPARE(cached(*other.store(), "alerts", alert).value(QStringLiteral("status")).toString(),
                 QStringLiteral("acknowledged"));
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_sync_push.moc"
