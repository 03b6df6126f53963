#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// Starts the real yiping-server on a free loopback port and talks HTTP to it.
class TestServerMeta : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    QUrl m_base;
    QNetworkAccessManager m_net;
    QByteArray m_token;

    QNetworkReply *get(const QString &path)
    {
        // The contract puts /meta behind a bearer token like everything but the login.
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply = m_net.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            qWarning("request timed out");
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.start(QStringLiteral(YIPING_SERVER_BIN),
                       {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted());
        static const QRegularExpression urlLine(QStringLiteral("listening on (http://\\S+)"));
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(m_server.readAllStandardOutput()),
                                  urlLine.match(out).hasMatch()),
                                 10000);
        m_base = QUrl(urlLine.match(out).captured(1));
        QCOMPARE(m_base.host(), QStringLiteral("127.0.0.1"));

        // Without --users the demo users exist.
        QNetworkRequest login(m_base.resolved(QUrl(QStringLiteral("/api/v1/auth/token"))));
        login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_net.post(
            login, QByteArrayLiteral(R"({"username":"analyst","password":"analyst-demo"})"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        m_token = QJsonDocument::fromJson(reply->readAll())
                      .object()
                      .value(QLatin1String("access_token"))
                      .toString()
                      .toLatin1();
        QVERIFY(!m_token.isEmpty());
        reply->deleteLater();
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

    void metaDescribesTheCity()
    {
        QNetworkReply *reply = get(QStringLiteral("/api/v1/meta"));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject meta = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(meta.value(QLatin1String("api_version")).toString(), QStringLiteral("1.0"));
        const QJsonObject city = meta.value(QLatin1String("city")).toObject();
        QCOMPARE(city.value(QLatin1String("code")).toString(), QStringLiteral("350300"));
        QCOMPARE(city.value(QLatin1String("name")).toString(), QStringLiteral("莆田市"));
        QCOMPARE(city.value(QLatin1String("crs")).toString(), QStringLiteral("GCJ-02"));
        const QJsonArray center = city.value(QLatin1String("center")).toArray();
        QVERIFY(center.at(0).toDouble() > 118.4 && center.at(0).toDouble() < 119.4);
        QVERIFY(center.at(1).toDouble() > 24.9 && center.at(1).toDouble() < 25.8);
        QVERIFY(
            QDateTime::fromString(meta.value(QLatin1String("server_time")).toString(), Qt::ISODate)
                .isValid());
        QVERIFY(meta.value(QLatin1String("collections")).isArray());
        reply->deleteLater();
    }

    void unknownPathIsAProblem()
    {
        QNetworkReply *reply = get(QStringLiteral("/api/v1/nothing"));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/problem+json"));
        const QJsonObject problem = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(problem.value(QLatin1String("status")).toInt(), 404);
        reply->deleteLater();
    }

    void refusesAPortInUse()
    {
        QProcess second;
        second.start(
            QStringLiteral(YIPING_SERVER_BIN),
            {QStringLiteral("serve"), QStringLiteral("--port"), QString::number(m_base.port())});
        QVERIFY(second.waitForFinished(10000));
        QVERIFY(second.exitCode() != 0);
        QVERIFY(QString::fromUtf8(second.readAllStandardError())
                    .contains(QLatin1String("cannot listen")));
    }
};

QTEST_GUILESS_MAIN(TestServerMeta)
#include "tst_server_meta.moc"
