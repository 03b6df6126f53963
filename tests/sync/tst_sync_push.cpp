// Uploading queued annotations to the real reference server: idempotent PUT, a retry
// after a lost answer stores nothing twice, a 409 keeps the user's text as a conflict.

#include "SyncFixture.h"

#include "domain/Links.h"
#include "store/AnnotationQueue.h"

#include <QTemporaryDir>

using namespace yiping;
using fixture::Collection;

namespace {

domain::Annotation note(const QString &id, const QString &text)
{
    return domain::Annotation::fromJson(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("rev"), 0},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), QStringLiteral("region")},
                                               {QStringLiteral("id"), QStringLiteral("reg-2")}}},
        {QStringLiteral("kind"), QStringLiteral("note")},
        {QStringLiteral("author"), QStringLiteral("admin")},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-27T09:00:00+08:00")},
        {QStringLiteral("text"), text}});
}

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
        QCOMPARE(onServer[size_t(Collection::Annotations)].value(id), rev); // not written again
        QCOMPARE(onServer[size_t(Collection::Annotations)].size(), 5 + 1);
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
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_sync_push.moc"
