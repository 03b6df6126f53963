#include "StreamHub.h"

#include "Auth.h"
#include "ServerTime.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QWebSocket>

namespace yiping::server {

namespace {

QByteArray tokenOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("access_token")).toUtf8();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

StreamHub::StreamHub(QHttpServer &http, Auth &auth, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_auth(auth)
{
    m_http.addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest &request) {
        if (request.url().path() != QLatin1String("/api/v1/stream"))
            return QHttpServerWebSocketUpgradeResponse::passToNext();
        if (!m_auth.authenticate(tokenOf(request.url())))
            return QHttpServerWebSocketUpgradeResponse::deny(401, "missing or expired token");
        return QHttpServerWebSocketUpgradeResponse::accept();
    });
    connect(&m_http, &QHttpServer::newWebSocketConnection, this, &StreamHub::acceptPending);
    m_ping.setInterval(15000);
    connect(&m_ping, &QTimer::timeout, this,
            [this] { sendAll(compact({{QStringLiteral("type"), QStringLiteral("ping")}})); });
    m_ping.start();
}

void StreamHub::acceptPending()
{
    while (m_http.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http.nextPendingWebSocketConnection().release();
        socket->setParent(this);
        // The verifier let it in; the user behind its token decides what it hears.
        const User *user = m_auth.userOfToken(tokenOf(socket->requestUrl()));
        if (!user) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
            continue;
        }
        m_listeners.insert(socket, user->viewer());
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_listeners.remove(socket);
            socket->deleteLater();
        });
        socket->sendTextMessage(
            QString::fromUtf8(compact({{QStringLiteral("type"), QStringLiteral("hello")},
                                       {QStringLiteral("server_time"), rfc3339Now()}})));
    }
}

void StreamHub::sendAll(const QByteArray &message)
{
    const QString text = QString::fromUtf8(message);
    for (auto it = m_listeners.cbegin(); it != m_listeners.cend(); ++it)
        it.key()->sendTextMessage(text);
}

void StreamHub::announceChanged(const QHash<QByteArray, qint64> &maxRevs)
{
    QJsonObject collections;
    for (auto it = maxRevs.cbegin(); it != maxRevs.cend(); ++it)
        collections.insert(QString::fromUtf8(it.key()), it.value());
    sendAll(compact({{QStringLiteral("type"), QStringLiteral("changed")},
                     {QStringLiteral("collections"), collections}}));
}

void StreamHub::announceAlert(const QByteArray &json, int classification,
                              const QByteArray &regionCode)
{
    for (auto it = m_listeners.cbegin(); it != m_listeners.cend(); ++it) {
        if (!it.value().maySee(classification, regionCode, false))
            continue;
        it.key()->sendTextMessage(QString::fromUtf8(
            compact({{QStringLiteral("type"), QStringLiteral("alert")},
                     {QStringLiteral("alert"), servedObject("alerts", json, it.value())}})));
    }
}

} // namespace yiping::server
