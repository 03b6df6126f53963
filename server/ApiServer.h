#pragma once

#include "city/CityManifest.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QRectF>
#include <QTcpServer>

namespace yiping::server {

// The reference backend's HTTP side. For now it answers /api/v1/meta for the city it
// serves; the sync endpoints join it with the dataset.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    ApiServer(const CityManifest &city, const QRectF &cityBounds, QObject *parent = nullptr);

    // Listens on address:port (0 = any free port); false with *error on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    QUrl url() const;

private:
    QJsonObject meta() const;

    CityManifest m_city;
    QRectF m_bounds;
    QHttpServer m_http;
    QTcpServer *m_tcp = nullptr;
};

} // namespace yiping::server
