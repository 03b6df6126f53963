#pragma once

#include "AnnotationEndpoint.h"
#include "StreamHub.h"
#include "SyncEndpoint.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QPointF>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace yiping::server {

class Auth;
class ServerDatabase;
struct Faults;
struct User;

struct CityInfo
{
    QString code;
    QString name;
    QString crs;
    QPointF center; // lon, lat
};

// The reference backend's HTTP side: the routes of the contract, each behind a bearer
// token except the token endpoint itself.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    ApiServer(const CityInfo &city, ServerDatabase &db, Auth &auth, Faults &faults,
              QObject *parent = nullptr);

    // Listens on address:port (0 = any free port), over TLS with `tls` (its local certificate
    // and private key); false with *error on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error,
                const std::optional<QSslConfiguration> &tls = std::nullopt);
    quint16 port() const { return m_tcp->serverPort(); }
    StreamHub &stream() { return m_stream; }

private:
    const User *caller(const QHttpServerRequest &request);
    QHttpServerResponse token(const QHttpServerRequest &request);
    QJsonObject meta() const;

    CityInfo m_city;
    ServerDatabase &m_db;
    Auth &m_auth;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
    SyncEndpoint m_sync;
    AnnotationEndpoint m_annotations;
    StreamHub m_stream;
};

} // namespace yiping::server
