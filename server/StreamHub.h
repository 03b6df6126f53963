#pragma once

#include "Masking.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QHttpServer;
class QWebSocket;

namespace yiping::server {

class Auth;

// The live WebSocket at /api/v1/stream?access_token=…: "hello" on connect, "changed"
// with the collections' max_rev after each write, "alert" for each new alert the
// listener may see, and "ping" every 15 s.
class StreamHub : public QObject
{
    Q_OBJECT

public:
    StreamHub(QHttpServer &http, Auth &auth, QObject *parent = nullptr);

    void announceChanged(const QHash<QByteArray, qint64> &maxRevs);
    void announceAlert(const QByteArray &json, int classification, const QByteArray &regionCode);

private:
    void acceptPending();
    void sendAll(const QByteArray &message);

    QHttpServer &m_http;
    Auth &m_auth;
    QHash<QWebSocket *, Viewer> m_listeners;
    QTimer m_ping;
};

} // namespace yiping::server
