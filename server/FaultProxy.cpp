#include "FaultProxy.h"

#include "Faults.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

namespace yiping::server {

FaultProxy::FaultProxy(Faults &faults, quint16 backendPort, QObject *parent)
    : QObject(parent)
    , m_faults(faults)
    , m_backendPort(backendPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

bool FaultProxy::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = m_server.errorString();
    return false;
}

namespace {

// One client connection and its twin to the backend.
struct Pipe
{
    bool syncResponse = false; // the response on its way is a sync page
    bool cutting = false;      // and it is to be cut
    bool losing = false;       // the response on its way answers a PUT and is to be lost
    qint64 sent = 0;           // bytes of it forwarded so far
};

} // namespace

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *backend = new QTcpSocket(client);
        auto pipe = std::make_shared<Pipe>();
        QPointer<QTcpSocket> b(backend);

        connect(client, &QTcpSocket::readyRead, this, [this, client, b, pipe] {
            const QByteArray data = client->readAll();
            // QNetworkAccessManager writes a request's head in one piece; a head that
            // starts a sync request marks the response to come.
            if (data.startsWith("GET ") || data.startsWith("PUT ") || data.startsWith("POST ")) {
                pipe->syncResponse = data.startsWith("GET /api/v1/sync/");
                pipe->sent = 0;
                pipe->cutting = pipe->syncResponse && m_faults.dropCount > 0;
                if (pipe->cutting)
                    --m_faults.dropCount;
                pipe->losing =
                    data.startsWith("PUT /api/v1/annotations/") && m_faults.dropPutResponses > 0;
                if (pipe->losing)
                    --m_faults.dropPutResponses;
            }
            if (m_faults.slowMs > 0) {
                QTimer::singleShot(m_faults.slowMs, b, [b, data] { b->write(data); });
                return;
            }
            b->write(data);
        });
        connect(backend, &QTcpSocket::readyRead, this, [this, client, backend, pipe] {
            QByteArray data = backend->readAll();
            if (pipe->losing) {
                // The server has stored the annotation and answers: the client hears nothing
                // of it, as when a connection breaks at the worst moment.
                QTextStream(stderr)
                    << "yiping-server: fault: dropped the answer to a PUT" << Qt::endl;
                client->disconnectFromHost();
                backend->abort();
                return;
            }
            if (pipe->cutting) {
                const qint64 left = m_faults.dropAfterBytes - pipe->sent;
                if (data.size() >= left) {
                    client->write(data.left(left));
                    client->disconnectFromHost(); // after the bytes already written
                    backend->abort();
                    return;
                }
            }
            pipe->sent += data.size();
            client->write(data);
        });
        connect(backend, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::disconnected, backend, &QTcpSocket::abort);
        backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
    }
}

} // namespace yiping::server
