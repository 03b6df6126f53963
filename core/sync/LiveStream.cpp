#include "sync/LiveStream.h"

#include "sync/SyncLog.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <limits>

namespace yiping::sync {

namespace {

using L = QLatin1StringView;

// Reconnecting never gives up: the stream is a background nicety, retried forever with a
// ceiling of a minute between attempts.
Backoff::Policy reconnectPolicy()
{
    Backoff::Policy p;
    p.maxAttempts = std::numeric_limits<int>::max();
    p.baseMs = 1000;
    p.maxMs = 60000;
    return p;
}

constexpr int kSilenceMs = 45000;
constexpr qint64 kMaxMessageBytes = qint64(1) << 20;

} // namespace

LiveStream::LiveStream(const QUrl &server, const QSslConfiguration &ssl, TokenFn token,
                       QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_token(std::move(token))
    , m_backoff(reconnectPolicy())
{
    m_socket.setSslConfiguration(ssl);
    m_socket.setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    m_silence.setSingleShot(true);
    m_silence.setInterval(kSilenceMs);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LiveStream::connectNow);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        qCInfo(lcSync) << "live stream silent: reconnecting";
        m_failed = true;
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_backoff.reset();
        m_failed = false;
        m_silence.start();
        setState(State::Connected);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_silence.stop();
        setState(State::Disconnected);
        if (m_running)
            scheduleReconnect();
    });
    connect(&m_socket, &QWebSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // The message names the failure; the URL (with its token) is never logged.
        qCInfo(lcSync).noquote() << "live stream error:" << m_socket.errorString();
        m_failed = true;
        m_silence.stop();
        setState(State::Disconnected);
        if (m_running)
            scheduleReconnect();
    });
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcSync).noquote() << "live stream TLS error, refused:" << e.errorString();
        m_failed = true;
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveStream::onMessage);
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_silence.start(); });
}

void LiveStream::start()
{
    m_running = true;
    connectNow();
}

void LiveStream::stop()
{
    m_running = false;
    m_retry.stop();
    m_silence.stop();
    m_socket.close();
    setState(State::Disconnected);
}

void LiveStream::connectNow()
{
    if (!m_running || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    setState(State::Connecting);
    const QByteArray token = m_token(m_failed);
    if (token.isEmpty()) {
        m_failed = true;
        setState(State::Disconnected);
        scheduleReconnect();
        return;
    }
    QUrl url = m_server;
    url.setScheme(m_server.scheme() == L("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/stream"));
    url.setQuery(QUrlQuery{{QStringLiteral("access_token"), QString::fromUtf8(token)}});
    m_socket.open(url);
}

void LiveStream::scheduleReconnect()
{
    if (m_retry.isActive())
        return;
    m_retry.start(m_backoff.next().value_or(60000));
}

void LiveStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LiveStream::onMessage(const QString &text)
{
    m_silence.start();
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o.value(L("type")).toString();
    if (type == L("changed")) {
        QHash<QString, qint64> revs;
        const QJsonObject collections = o.value(L("collections")).toObject();
        for (auto it = collections.begin(); it != collections.end(); ++it)
            revs.insert(it.key(), it.value().toInteger());
        if (!revs.isEmpty())
            Q_EMIT changed(revs);
    } else if (type == L("alert")) {
        const QJsonObject a = o.value(L("alert")).toObject();
        if (!a.isEmpty())
            Q_EMIT alert(a);
    }
}

} // namespace yiping::sync
