#pragma once

#include "sync/Backoff.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace yiping::sync {

// The server's WebSocket of live hints (/api/v1/stream). "changed" messages name the
// collections to pull now, "alert" messages are delivered at once. The stream reconnects
// by itself with backoff after an error, a close, or 45 s without a message (the server
// pings every 15 s), asking for a fresh token when the last attempt failed.
class LiveStream : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    // Returns the bearer token to connect with; `refresh` asks for a new sign-in.
    using TokenFn = std::function<QByteArray(bool refresh)>;

    LiveStream(const QUrl &server, const QSslConfiguration &ssl, TokenFn token,
               QObject *parent = nullptr);
    void start();
    void stop();
    State state() const { return m_state; }
    void setSilenceTimeout(int ms) { m_silence.setInterval(ms); }

Q_SIGNALS:
    void stateChanged(yiping::sync::LiveStream::State state);
    // max_rev per collection name, as announced.
    void changed(const QHash<QString, qint64> &maxRevs);
    void alert(const QJsonObject &alert);

private:
    void connectNow();
    void scheduleReconnect();
    void setState(State state);
    void onMessage(const QString &text);

    QUrl m_server;
    TokenFn m_token;
    QWebSocket m_socket;
    QTimer m_silence;
    QTimer m_retry;
    Backoff m_backoff;
    State m_state = State::Disconnected;
    bool m_running = false;
    bool m_failed = false; // the last attempt failed: get a fresh token
};

} // namespace yiping::sync
