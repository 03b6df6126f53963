#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

namespace yiping::server {

class ServerDatabase;
class StreamHub;

// --simulate: a city that keeps moving. Every 2–3 s a new event, often an alert, a case
// moving to its next stage, a dispute reaching an outcome and a key person's new track
// point; each write takes the next rev and is announced on the stream.
class Simulator : public QObject
{
    Q_OBJECT

public:
    Simulator(ServerDatabase &db, StreamHub &stream, QObject *parent = nullptr);
    void start();

private:
    void tick();
    void newEvent();
    void advanceCase();
    void settleDispute();
    void moveKeyPerson();
    qint64 write(const QByteArray &collection, QJsonObject &record, int classification,
                 const QByteArray &regionCode);

    ServerDatabase &m_db;
    StreamHub &m_stream;
    QTimer m_timer;
    QHash<QByteArray, qint64> m_changed;
};

} // namespace yiping::server
