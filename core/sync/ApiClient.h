#pragma once

#include "sync/Backoff.h"
#include "sync/PageGuard.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <optional>

namespace yiping::sync {

// Where and as whom to sync. The password lives in memory only, never on disk.
struct ServerConfig
{
    QUrl server; // e.g. http://127.0.0.1:8420
    QString user;
    QString password;
    QString caFile; // PEM bundle of extra trusted CAs (optional)
    Limits limits;
    Backoff::Policy retry;
    int transferTimeoutMs = 30000; // a request with no traffic for this long fails
    int pageLimit = 5000;          // most records per sync page, the contract's most: fewer commits
    // Bytes a sync page should hold about: the number of records asked for follows the size
    // of the records received. Two pages are in memory at a time (one applied, one parsed),
    // each parsed at several times its size.
    qint64 pageBytes = qint64(1) << 20;
};

// The REST client of the contract. Calls block their thread in a local event loop (the
// sync worker's own thread, never the GUI's), retrying network errors, 429 and 503 with
// backoff, honouring Retry-After, and re-authenticating once on 401. Not thread-safe.
class ApiClient
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)

public:
    struct Response
    {
        int status = 0;  // HTTP status; 0 when no complete answer arrived
        QByteArray body; // complete bodies only
        QString error;   // why the call failed; empty on 2xx
        bool cancelled = false;
        bool ok() const { return status >= 200 && status < 300 && error.isEmpty(); }
    };

    // `cancel`, when set by another thread, aborts the request in flight and the waits.
    ApiClient(const ServerConfig &config, const std::atomic<bool> *cancel);

    // Loads the CA bundle; empty when ready, else why not.
    QString setUp();
    // POST /auth/token; empty on success, else why.
    QString authenticate();
    QByteArray token() const { return m_token; }
    // The signed-in user as the token answer described it (username, role, clearance…);
    // empty before a sign-in.
    QJsonObject user() const { return m_user; }

    Response get(const QString &path, const QUrlQuery &query = {});
    Response put(const QString &path, const QByteArray &body);

    const ServerConfig &config() const { return m_config; }
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // Sleeps `ms` while serving the thread's events; false when cancelled meanwhile.
    bool wait(int ms);
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

private:
    struct Attempt
    {
        Response response;
        bool transient = false; // worth retrying
        std::optional<int> retryAfter;
    };
    Response call(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                  bool authenticated);
    Attempt send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                 bool authenticated);

    ServerConfig m_config;
    const std::atomic<bool> *m_cancel;
    QNetworkAccessManager m_net;
    QSslConfiguration m_ssl;
    QByteArray m_token;
    QJsonObject m_user;
};

} // namespace yiping::sync
