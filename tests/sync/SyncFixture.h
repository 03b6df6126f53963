#pragma once

// Shared by the sync suites: the real reference server as a child process, a hand-made
// dataset covering every collection, and snapshots (id → rev and body per collection) of
// the server and of a cache, to compare them exactly.

#include "domain/Collection.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

#include <array>

namespace fixture {

using yiping::domain::Collection;
// One record as a snapshot holds it: its rev and a hash of its canonical body, so that a
// body stored or masked wrongly differs even where the rev agrees.
struct Record
{
    qint64 rev = 0;
    QByteArray body;
    bool operator==(const Record &) const = default;
};
using Snapshot = std::array<QMap<QString, Record>, yiping::domain::kCollectionCount>;

// The same on both sides: QJsonObject keeps its keys sorted (nested objects too), so its
// compact form is canonical whatever order the bytes came in.
inline QByteArray bodyHash(const QJsonObject &body)
{
    return QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

inline QString name(Collection c)
{
    return yiping::domain::collectionName(c);
}

// `n` records per collection (regions: one city and n-1 grid cells), revs 1..14n in
// collection order; every third person is restricted (a tombstone for an analyst).
inline bool writeDataset(const QString &path, int n)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString at = QStringLiteral("2026-11-20T08:00:00+08:00");
    file.write(R"({"format":"yiping-dataset","version":1,"scale":"small","seed":1,)"
               R"("now":"2026-11-27T08:00:00+08:00","city":{"code":"350300","name":"City",)"
               R"("crs":"GCJ-02","center":[119.0,25.45]}})"
               "\n");
    qint64 rev = 0;
    const QJsonArray cell{QJsonArray{QJsonArray{118.9, 25.3}, QJsonArray{119.0, 25.3},
                                     QJsonArray{119.0, 25.4}, QJsonArray{118.9, 25.3}}};
    const QJsonObject person{{QStringLiteral("type"), QStringLiteral("person")},
                             {QStringLiteral("id"), QStringLiteral("per-1")}};
    for (Collection c : yiping::domain::kAllCollections) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("collection"), name(c)},
                                             {QStringLiteral("count"), n}})
                       .toJson(QJsonDocument::Compact) +
                   '\n');
        for (int i = 1; i <= n; ++i) {
            const QString prefix = name(c).left(3);
            QJsonObject o{
                {QStringLiteral("id"), QString(prefix + QLatin1Char('-') + QString::number(i))},
                {QStringLiteral("rev"), ++rev},
                {QStringLiteral("updated_at"), at},
                {QStringLiteral("classification"), QStringLiteral("public")}};
            auto set = [&o](const char *key, const QJsonValue &v) {
                o.insert(QLatin1StringView(key), v);
            };
            if (c != Collection::Regions)
                set("region_id", QStringLiteral("reg-2"));
            switch (c) {
            case Collection::Regions:
                o.remove(QStringLiteral("region_id"));
                set("code", i == 1 ? QStringLiteral("3503")
                                   : QStringLiteral("3503%1").arg(i, 7, 10, QLatin1Char('0')));
                set("name", QStringLiteral("Region %1").arg(i));
                set("level", i == 1 ? 1 : 4);
                set("parent_id", i == 1 ? QJsonValue() : QJsonValue(QStringLiteral("reg-1")));
                set("geometry", QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                            {QStringLiteral("coordinates"), cell}});
                break;
            case Collection::Persons:
                set("name", QStringLiteral("Person %1").arg(i));
                set("category", QStringLiteral("petitioner"));
                set("risk_level", 1 + i % 4);
                set("status", QStringLiteral("managed"));
                set("location", QJsonArray{118.95, 25.35});
                if (i % 3 == 0)
                    set("classification", QStringLiteral("restricted"));
                break;
            case Collection::Sites:
                set("name", QStringLiteral("Site %1").arg(i));
                set("kind", QStringLiteral("school"));
                set("risk_level", 2);
                set("location", QJsonArray{118.96, 25.36});
                break;
            case Collection::Orgs:
                set("name", QStringLiteral("Org %1").arg(i));
                break;
            case Collection::Events:
                set("source", QStringLiteral("police"));
                set("category", QStringLiteral("theft"));
                set("severity", 2);
                set("occurred_at", at);
                set("status", QStringLiteral("new"));
                break;
            case Collection::Cases:
                set("case_no", QStringLiteral("C-%1").arg(i));
                set("kind", QStringLiteral("criminal"));
                set("stage", QStringLiteral("filing"));
                set("agency", QStringLiteral("police"));
                set("opened_at", at);
                set("stages",
                    QJsonArray{QJsonObject{{QStringLiteral("stage"), QStringLiteral("filing")},
                                           {QStringLiteral("agency"), QStringLiteral("police")},
                                           {QStringLiteral("entered_at"), at}}});
                break;
            case Collection::Disputes:
                set("kind", QStringLiteral("neighbor"));
                set("received_at", at);
                set("channel", QStringLiteral("hotline"));
                set("status", QStringLiteral("received"));
                break;
            case Collection::Services:
                set("channel", QStringLiteral("12348"));
                set("kind", QStringLiteral("consult"));
                set("received_at", at);
                break;
            case Collection::Tracks:
                o.remove(QStringLiteral("region_id"));
                set("person_id", QStringLiteral("per-1"));
                set("at", at);
                set("location", QJsonArray{118.97, 25.37});
                set("source", QStringLiteral("face"));
                break;
            case Collection::Relations:
                o.remove(QStringLiteral("region_id"));
                set("from", person);
                set("to", person);
                set("kind", QStringLiteral("call"));
                break;
            case Collection::Surveys:
                set("period", QStringLiteral("2026-Q3"));
                set("score", 90.5);
                break;
            case Collection::Alerts:
                set("rule", QStringLiteral("key_person_left_grid"));
                set("level", QStringLiteral("orange"));
                set("raised_at", at);
                set("status", QStringLiteral("open"));
                break;
            case Collection::Assessments:
                o.remove(QStringLiteral("region_id"));
                set("unit", QJsonObject{{QStringLiteral("type"), QStringLiteral("region")},
                                        {QStringLiteral("id"), QStringLiteral("reg-2")}});
                set("period", QStringLiteral("2026-Q3"));
                set("total", 88.0);
                break;
            case Collection::Annotations:
                o.remove(QStringLiteral("region_id"));
                set("target", QJsonObject{{QStringLiteral("type"), QStringLiteral("region")},
                                          {QStringLiteral("id"), QStringLiteral("reg-2")}});
                set("kind", QStringLiteral("note"));
                set("author", QStringLiteral("analyst"));
                set("created_at", at);
                set("text", QStringLiteral("note %1").arg(i));
                break;
            }
            file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
    }
    return file.flush();
}

// The real yiping-server on a free loopback port.
class Server
{
public:
    ~Server() { stop(); }

    bool start(const QString &dataset, const QStringList &extra = {}, int port = 0)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(YIPING_SERVER_BIN),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--port"),
                                    QString::number(port), QStringLiteral("--data"), dataset} +
                            extra);
        if (!m_process.waitForStarted())
            return false;
        static const QRegularExpression line(QStringLiteral("listening on (https?://\\S+)"));
        QString out;
        QDeadlineTimer deadline(30000);
        while (!line.match(out).hasMatch() && !deadline.hasExpired() &&
               m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            out += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        url = QUrl(line.match(out).captured(1));
        if (url.isEmpty())
            qWarning("server did not start: %s", qPrintable(standardError()));
        return !url.isEmpty();
    }
    // What the server wrote to stderr so far.
    QString standardError()
    {
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        return m_stderr;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

    QUrl url;

private:
    QProcess m_process;
    QString m_stderr;
};

inline yiping::sync::ServerConfig config(const QUrl &url,
                                         const QString &user = QStringLiteral("admin"))
{
    yiping::sync::ServerConfig c;
    c.server = url;
    c.user = user;
    c.password = user + QStringLiteral("-demo");
    c.retry.baseMs = 100;
    c.retry.maxMs = 2000;
    return c;
}

// One sync run of `engine` in this thread; returns its summary.
inline yiping::sync::SyncSummary runSync(yiping::sync::SyncEngine &engine,
                                         const QList<Collection> &collections = {})
{
    yiping::sync::SyncSummary summary;
    bool done = false;
    const auto connection = QObject::connect(&engine, &yiping::sync::SyncEngine::finished,
                                             [&](const yiping::sync::SyncSummary &s) {
                                                 summary = s;
                                                 done = true;
                                             });
    engine.sync(collections);
    QObject::disconnect(connection);
    if (!done)
        qWarning("the sync did not finish");
    return summary;
}

// Every live record on the server as `user` sees it, pulled raw page by page; over HTTPS,
// trusting the CAs of `caFile` too.
inline Snapshot serverSnapshot(const QUrl &url, const QString &user = QStringLiteral("admin"),
                               const QString &caFile = {})
{
    Snapshot snap;
    QNetworkAccessManager net;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty())
        ssl.addCaCertificates(caFile);
    auto call = [&](QNetworkRequest request, const QByteArray &verb, const QByteArray &body) {
        if (url.scheme() == QLatin1StringView("https"))
            request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = net.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        const QByteArray data = reply->readAll();
        delete reply;
        return QJsonDocument::fromJson(data).object();
    };
    QUrl auth = url;
    auth.setPath(QStringLiteral("/api/v1/auth/token"));
    const QByteArray credentials =
        QJsonDocument(
            QJsonObject{{QStringLiteral("username"), user},
                        {QStringLiteral("password"), QString(user + QStringLiteral("-demo"))}})
            .toJson();
    // A fresh token for every page: the server may be told to expire them quickly.
    auto token = [&] {
        return call(QNetworkRequest(auth), "POST", credentials)
            .value(QLatin1StringView("access_token"))
            .toString()
            .toUtf8();
    };
    for (Collection c : yiping::domain::kAllCollections) {
        qint64 since = 0;
        for (;;) {
            QUrl page = url;
            page.setPath(QStringLiteral("/api/v1/sync/") + name(c));
            page.setQuery(QUrlQuery{{QStringLiteral("since"), QString::number(since)},
                                    {QStringLiteral("limit"), QStringLiteral("5000")}});
            QNetworkRequest request(page);
            request.setRawHeader("Authorization", "Bearer " + token());
            const QJsonObject o = call(request, "GET", {});
            for (const QJsonValue &v : o.value(QLatin1StringView("items")).toArray()) {
                const QJsonObject r = v.toObject();
                const QString id = r.value(QLatin1StringView("id")).toString();
                if (r.value(QLatin1StringView("deleted")).toBool())
                    snap[size_t(c)].remove(id);
                else
                    snap[size_t(c)].insert(
                        id, {r.value(QLatin1StringView("rev")).toInteger(), bodyHash(r)});
            }
            since = o.value(QLatin1StringView("next_since")).toInteger();
            if (!o.value(QLatin1StringView("has_more")).toBool())
                break;
        }
    }
    return snap;
}

// The cache's records as stored, with a check that no id appears twice.
inline Snapshot cacheSnapshot(yiping::store::Store &store)
{
    Snapshot snap;
    for (Collection c : yiping::domain::kAllCollections) {
        const QByteArray sql = "SELECT id, rev, json FROM " + name(c).toLatin1();
        yiping::store::Statement st(store.database(), sql);
        while (st.step()) {
            if (snap[size_t(c)].contains(st.columnText(0)))
                qWarning("duplicate id in the cache");
            const QJsonObject body = QJsonDocument::fromJson(st.columnBytes(2)).object();
            snap[size_t(c)].insert(st.columnText(0), {st.columnInt(1), bodyHash(body)});
        }
    }
    return snap;
}

inline Snapshot cacheSnapshot(const QString &path)
{
    yiping::store::Store::OpenResult opened = yiping::store::Store::open(path);
    if (!opened.store)
        return {};
    return cacheSnapshot(*opened.store);
}

inline qint64 total(const Snapshot &s)
{
    qint64 n = 0;
    for (const auto &m : s)
        n += m.size();
    return n;
}

} // namespace fixture
