#pragma once

#include <QHostAddress>
#include <QTcpServer>

namespace yiping::server {

struct Faults;

// A byte-level TCP proxy in front of the HTTP server, for the faults that only a real
// connection can show: a response cut after some bytes, an answer lost after the server
// acted on the request, and a slow server. It watches the request lines going in to know
// which responses are sync pages and which answer annotation PUTs.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    FaultProxy(Faults &faults, quint16 backendPort, QObject *parent = nullptr);
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }

private:
    void accept();

    Faults &m_faults;
    quint16 m_backendPort;
    QTcpServer m_server;
};

} // namespace yiping::server
