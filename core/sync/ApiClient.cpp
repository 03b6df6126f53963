#include "sync/ApiClient.h"

#include "sync/SyncLog.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>

namespace yiping::sync {

namespace {

using L = QLatin1StringView;

// How often a blocked call looks at the cancel flag.
constexpr int kCancelPollMs = 50;

// "HTTP 503: detail" from a problem+json body, without echoing arbitrary bodies.
QString httpError(int status, const QByteArray &body)
{
    const QString detail =
        QJsonDocument::fromJson(body).object().value(L("detail")).toString().left(300);
    return detail.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                            : QStringLiteral("HTTP %1: %2").arg(status).arg(detail);
}

} // namespace

ApiClient::ApiClient(const ServerConfig &config, const std::atomic<bool> *cancel)
    : m_config(config)
    , m_cancel(cancel)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{}

QString ApiClient::setUp()
{
    if (m_config.caFile.isEmpty())
        return {};
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_config.caFile);
    if (certificates.isEmpty())
        return tr("no PEM certificate could be read from the CA file %1").arg(m_config.caFile);
    m_ssl.addCaCertificates(certificates);
    return {};
}

QUrl ApiClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_config.server;
    QString base = u.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    u.setQuery(query);
    return u;
}

QString ApiClient::authenticate()
{
    m_token.clear();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), m_config.user},
                                  {QStringLiteral("password"), m_config.password}})
            .toJson(QJsonDocument::Compact);
    const Response r = call("POST", url(QStringLiteral("/api/v1/auth/token")), body, false);
    if (!r.ok())
        return r.status == 401 ? tr("the server refused the user name or password")
                               : tr("sign-in failed: %1").arg(r.error);
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    m_token = answer.value(L("access_token")).toString().toUtf8();
    m_user = answer.value(L("user")).toObject();
    if (m_token.isEmpty())
        return tr("sign-in failed: the answer carries no access_token");
    return {};
}

ApiClient::Response ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return call("GET", url(path, query), {}, true);
}

ApiClient::Response ApiClient::put(const QString &path, const QByteArray &body)
{
    return call("PUT", url(path), body, true);
}

ApiClient::Response ApiClient::call(const QByteArray &verb, const QUrl &target,
                                    const QByteArray &body, bool authenticated)
{
    Backoff backoff(m_config.retry);
    bool reauthenticated = false;
    for (;;) {
        if (isCancelled())
            return {0, {}, tr("cancelled"), true};
        if (authenticated && m_token.isEmpty()) {
            if (const QString why = authenticate(); !why.isEmpty())
                return {0, {}, why, isCancelled()};
        }
        Attempt a = send(verb, target, body, authenticated);
        if (a.response.cancelled)
            return a.response;
        // A token may expire between two calls: sign in again, but only once per call so
        // that a server refusing every token cannot keep us in a loop.
        if (authenticated && a.response.status == 401 && !reauthenticated) {
            reauthenticated = true;
            m_token.clear();
            continue;
        }
        if (!a.transient)
            return a.response;
        const std::optional<int> delay = backoff.next(a.retryAfter);
        if (!delay) {
            a.response.error =
                tr("%1 (gave up after %2 retries)").arg(a.response.error).arg(backoff.attempts());
            return a.response;
        }
        qCInfo(lcSync).noquote() << QStringLiteral("%1 %2 failed (%3), again in %4 ms")
                                        .arg(QString::fromLatin1(verb), target.path(),
                                             a.response.error)
                                        .arg(*delay);
        if (!wait(*delay))
            return {0, {}, tr("cancelled"), true};
    }
}

ApiClient::Attempt ApiClient::send(const QByteArray &verb, const QUrl &target,
                                   const QByteArray &body, bool authenticated)
{
    QNetworkRequest request(target);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    QNetworkReply *reply = m_net.sendCustomRequest(request, verb, body);
    // Bounded buffering: the body is drained as it arrives and counted against the cap.
    reply->setReadBufferSize(qint64(1) << 20);
    QByteArray data;
    QString abortReason;
    QStringList tlsErrors;
    const qint64 cap = m_config.limits.maxPageBytes;
    auto abortWith = [&](const QString &why) {
        if (abortReason.isEmpty())
            abortReason = why;
        reply->abort();
    };
    QEventLoop loop;
    // Reads what has arrived into `data`, sized to fit: read(maxSize) would allocate maxSize
    // (the whole cap) for every chunk.
    auto drain = [&] {
        const qint64 n = std::min(reply->bytesAvailable(), cap + 1 - data.size());
        if (n <= 0)
            return;
        const qsizetype old = data.size();
        data.resize(old + n);
        data.resize(old + std::max<qint64>(reply->read(data.data() + old, n), 0));
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            abortWith(tr("the answer is larger than %1 bytes").arg(cap));
        else if (length.isValid() && data.isEmpty())
            data.reserve(length.toLongLong()); // one allocation of the exact size
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (!abortReason.isEmpty())
            return;
        drain();
        if (data.size() > cap)
            abortWith(tr("the answer is larger than %1 bytes").arg(cap));
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        // Never ignored: the request fails and the message names what was wrong.
        for (const QSslError &e : errors)
            tlsErrors.append(e.errorString());
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (isCancelled())
            abortWith(tr("cancelled"));
    });
    cancelPoll.start(kCancelPollMs);
    if (!reply->isFinished())
        loop.exec();
    cancelPoll.stop();
    if (abortReason.isEmpty())
        drain();

    Attempt a;
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!abortReason.isEmpty()) {
        a.response.error = abortReason;
        a.response.cancelled = isCancelled();
    } else if (!tlsErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        a.response.error = tr("TLS error, connection refused: %1")
                               .arg(tlsErrors.isEmpty() ? reply->errorString()
                                                        : tlsErrors.join(QStringLiteral("; ")));
    } else if (error != QNetworkReply::NoError && (error < 200 || status == 0)) {
        // No complete answer (refused, reset, cut mid-body, timed out): worth retrying.
        a.response.error = tr("network error: %1").arg(reply->errorString());
        a.transient = true;
    } else {
        a.response.status = status;
        a.response.body = std::move(data);
        if (status < 200 || status >= 300)
            a.response.error = httpError(status, a.response.body);
        if (status == 429 || status == 503) {
            a.transient = true;
            bool ok = false;
            const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
            if (ok)
                a.retryAfter = seconds;
        }
    }
    // Finished and outside its own signals: safe to delete now, and a deferred delete
    // would wait for the outermost event loop, piling up replies over a long sync.
    delete reply;
    return a;
}

bool ApiClient::wait(int ms)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (isCancelled())
            loop.quit();
    });
    done.start(ms);
    poll.start(kCancelPollMs);
    loop.exec();
    return !isCancelled();
}

} // namespace yiping::sync
