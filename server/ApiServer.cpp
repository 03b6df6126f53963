#include "ApiServer.h"

#include "Problem.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace yiping::server {

ApiServer::ApiServer(const CityManifest &city, const QRectF &cityBounds, QObject *parent)
    : QObject(parent)
    , m_city(city)
    , m_bounds(cityBounds)
{
    m_http.route(QStringLiteral("/api/v1/meta"), QHttpServerRequest::Method::Get,
                 [this] { return QHttpServerResponse(meta()); });
    m_http.setMissingHandler(this, [](const QHttpServerRequest &request,
                                      QHttpServerResponder &responder) {
        responder.sendResponse(problem(QHttpServerResponse::StatusCode::NotFound,
                                       QStringLiteral("Not Found"),
                                       QStringLiteral("No resource at %1")
                                           .arg(request.url().path())));
    });
}

bool ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(address, port) || !m_http.bind(m_tcp)) {
        *error = m_tcp->errorString();
        return false;
    }
    return true;
}

QUrl ApiServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_tcp->serverAddress().toString());
    u.setPort(m_tcp->serverPort());
    return u;
}

QJsonObject ApiServer::meta() const
{
    const QPointF c = m_bounds.center();
    return QJsonObject{
        {QStringLiteral("api_version"), QStringLiteral("1.0")},
        {QStringLiteral("server_time"),
         QDateTime::currentDateTime().toOffsetFromUtc(8 * 3600).toString(Qt::ISODate)},
        {QStringLiteral("min_since"), 0},
        {QStringLiteral("city"),
         QJsonObject{{QStringLiteral("code"), m_city.code},
                     {QStringLiteral("name"), m_city.name},
                     {QStringLiteral("crs"), m_city.crs},
                     {QStringLiteral("center"), QJsonArray{c.x(), c.y()}}}},
        {QStringLiteral("collections"), QJsonArray{}},
    };
}

} // namespace yiping::server
