#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

// The real yiping-server, started on a free loopback port, and a small HTTP client for it.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    // The server's temporary folder (TMPDIR), where it keeps its database without --db.
    void setTempDir(const QString &path)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), path);
        m_process.setProcessEnvironment(env);
    }

    bool start(QStringList arguments)
    {
        m_process.start(
            QStringLiteral(YIPING_SERVER_BIN),
            QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} +
                arguments);
        if (!m_process.waitForStarted())
            return false;
        static const QRegularExpression urlLine(QStringLiteral("listening on (http://\\S+)"));
        QString out;
        QDeadlineTimer deadline(20000);
        while (!urlLine.match(out).hasMatch() && !deadline.hasExpired() &&
               m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        base = QUrl(urlLine.match(out).captured(1));
        return base.isValid() && !base.isEmpty();
    }

    // SIGTERM, as a service manager ends it; true when it then exited by itself, with 0.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        m_process.terminate();
        return m_process.waitForFinished(5000) && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }

    QString standardError()
    {
        m_stderr += QString::fromUtf8(m_process.readAllStandardError());
        return m_stderr;
    }

    QNetworkReply *request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                           const QByteArray &token = {})
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = net.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(15000))
            qWarning("request timed out");
        reply->deleteLater();
        return reply;
    }

    QNetworkReply *get(const QString &path, const QByteArray &token = {})
    {
        return request("GET", path, {}, token);
    }

    QByteArray login(const QString &username, const QString &password)
    {
        QNetworkReply *reply =
            request("POST", QStringLiteral("/api/v1/auth/token"),
                    QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                              {QStringLiteral("password"), password}})
                        .toJson());
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QLatin1String("access_token"))
            .toString()
            .toUtf8();
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static QJsonObject json(QNetworkReply *reply)
    {
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QUrl base;
    QNetworkAccessManager net;

private:
    QProcess m_process;
    QString m_stderr;
};
