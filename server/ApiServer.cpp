#include "ApiServer.h"

#include "Auth.h"
#include "Collections.h"
#include "Problem.h"
#include "RecordEndpoint.h"
#include "ServerDatabase.h"
#include "ServerTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslServer>

namespace yiping::server {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse missingToken()
{
    return unauthorized(QStringLiteral("A valid bearer token is required"));
}

// Exceptions must not cross Qt's event loop: a database failure becomes a 500.
template<typename Handler> QHttpServerResponse guarded(Handler &&handler)
{
    try {
        return handler();
    } catch (const store::SqlError &e) {
        qWarning("database: %s", e.what());
        return problem(Status::InternalServerError, QStringLiteral("Internal Server Error"),
                       QStringLiteral("The server's database failed"));
    }
}

} // namespace

ApiServer::ApiServer(const CityInfo &city, ServerDatabase &db, Auth &auth, Faults &faults,
                     QObject *parent)
    : QObject(parent)
    , m_city(city)
    , m_db(db)
    , m_auth(auth)
    , m_sync(db, faults)
    , m_annotations(db)
    , m_stream(m_http, auth)
{
    m_http.route(QStringLiteral("/api/v1/auth/token"), Method::Post, this,
                 [this](const QHttpServerRequest &request) { return token(request); });
    m_http.route(QStringLiteral("/api/v1/meta"), Method::Get, this,
                 [this](const QHttpServerRequest &request) {
                     return caller(request) ? QHttpServerResponse(meta()) : missingToken();
                 });
    // Before the generic /{collection}/{id}, which would match it too.
    m_http.route(QStringLiteral("/api/v1/sync/<arg>"), Method::Get, this,
                 [this](const QString &collection, const QHttpServerRequest &request) {
                     const User *user = caller(request);
                     return user ? guarded([&] {
                         return m_sync.page(*user, collection.toUtf8(), request.query());
                     })
                                 : missingToken();
                 });
    m_http.route(
        QStringLiteral("/api/v1/<arg>/<arg>"), Method::Get, this,
        [this](const QString &collection, const QString &id, const QHttpServerRequest &request) {
            const User *user = caller(request);
            return user ? guarded([&] {
                return getRecord(m_db, *user, collection.toUtf8(), id.toUtf8());
            })
                        : missingToken();
        });
    m_http.route(QStringLiteral("/api/v1/annotations/<arg>"), Method::Put, this,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     const User *user = caller(request);
                     if (!user)
                         return missingToken();
                     QList<QByteArray> changed;
                     QHttpServerResponse response = guarded([&] {
                         return m_annotations.put(*user, id.toUtf8(), request.body(), &changed);
                     });
                     QHash<QByteArray, qint64> maxRevs;
                     for (const QByteArray &collection : std::as_const(changed))
                         maxRevs.insert(collection, m_db.stats().value(collection).maxRev);
                     if (!maxRevs.isEmpty())
                         m_stream.announceChanged(maxRevs);
                     return response;
                 });
    m_http.setMissingHandler(
        this, [](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            responder.sendResponse(
                problem(Status::NotFound, QStringLiteral("Not Found"),
                        QStringLiteral("No resource at %1").arg(request.url().path())));
        });
}

bool ApiServer::listen(const QHostAddress &address, quint16 port, QString *error,
                       const std::optional<QSslConfiguration> &tls)
{
    if (tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*tls);
        m_tcp = ssl;
    } else {
        m_tcp = new QTcpServer(this);
    }
    if (!m_tcp->listen(address, port) || !m_http.bind(m_tcp)) {
        *error = m_tcp->errorString();
        return false;
    }
    return true;
}

const User *ApiServer::caller(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return nullptr;
    return m_auth.authenticate(header.mid(7).trimmed());
}

QHttpServerResponse ApiServer::token(const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString username = body.value(QLatin1String("username")).toString();
    const QString password = body.value(QLatin1String("password")).toString();
    if (username.isEmpty() || password.isEmpty())
        return problem(Status::UnprocessableEntity, QStringLiteral("Unprocessable Content"),
                       QStringLiteral("username and password are required"));
    const User *user = nullptr;
    const QByteArray token = m_auth.login(username, password, &user);
    if (token.isEmpty())
        return unauthorized(QStringLiteral("Unknown user or wrong password"));
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("access_token"), QString::fromLatin1(token)},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), m_auth.tokenTtl()},
        {QStringLiteral("user"), user->toJson()},
    });
}

QJsonObject ApiServer::meta() const
{
    QJsonArray collections;
    for (const QByteArray &name : collectionNames()) {
        const CollectionStats s = m_db.stats().value(name);
        collections.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                       {QStringLiteral("count"), s.count},
                                       {QStringLiteral("max_rev"), s.maxRev}});
    }
    return QJsonObject{
        {QStringLiteral("api_version"), QStringLiteral("1.0")},
        {QStringLiteral("server_time"), rfc3339Now()},
        {QStringLiteral("min_since"), m_sync.minSince()},
        {QStringLiteral("city"),
         QJsonObject{{QStringLiteral("code"), m_city.code},
                     {QStringLiteral("name"), m_city.name},
                     {QStringLiteral("crs"), m_city.crs},
                     {QStringLiteral("center"), QJsonArray{m_city.center.x(), m_city.center.y()}}}},
        {QStringLiteral("collections"), collections},
    };
}

} // namespace yiping::server
