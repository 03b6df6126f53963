// Sync over HTTPS against the real reference server serving TLS (serve --tls-cert
// --tls-key) with a throwaway CA made at test time by the openssl command: it works when
// the CA is given (yiping sync --ca-file, ServerConfig::caFile), live stream included, and
// is refused, with one line naming the certificate problem, when the issuer is unknown or
// the certificate names another host. Certificate errors are never ignored.

#include "SyncFixture.h"

#include "sync/SyncWorker.h"

#include <QLibraryInfo>
#include <QSslError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

using namespace yiping;
using State = sync::LiveStream::State;

namespace {

// How Qt words a certificate problem: in English, and in Chinese (the command line installs
// Qt's Chinese catalogue for its own strings before any --lang).
QStringList wordings(QSslError::SslError error)
{
    QStringList out{QSslError(error).errorString()};
    QTranslator zh;
    if (zh.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&zh);
        out.append(QSslError(error).errorString());
        QCoreApplication::removeTranslator(&zh);
    }
    return out;
}

} // namespace

class TestSyncTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataset;
    QString m_password;
    int m_caches = 0;
    QString newCache() { return m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_caches)); }
    QString file(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }

    // Runs openssl with `arguments` in the test's folder; empty when it succeeded.
    QString openssl(const QStringList &arguments)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return QStringLiteral("openssl %1: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return {};
    }

    // An EC key and a certificate for `subjectAltName`, signed by the test CA.
    QString makeServerCertificate(const QString &name, const QString &subjectAltName)
    {
        const QString ext = name + QStringLiteral(".ext");
        QFile extFile(m_dir.filePath(ext));
        if (!extFile.open(QIODevice::WriteOnly))
            return extFile.errorString();
        extFile.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=" +
                      subjectAltName.toUtf8() + '\n');
        extFile.close();
        if (const QString why = openssl(
                {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                 QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=") + name});
            !why.isEmpty())
            return why;
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                        QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                        QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                        ext, QStringLiteral("-out"), name + QStringLiteral(".pem")});
    }

    QStringList tlsArguments(const QString &name) const
    {
        return {QStringLiteral("--tls-cert"), m_dir.filePath(name + QStringLiteral(".pem")),
                QStringLiteral("--tls-key"), m_dir.filePath(name + QStringLiteral(".key"))};
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QStringList errorLines; // stderr lines from yiping itself
    };
    Run yipingSync(const QUrl &server, const QStringList &extra)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("none"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(YIPING_BIN),
                QStringList{QStringLiteral("sync"), QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--server"), server.toString(), QStringLiteral("--user"),
                            QStringLiteral("admin"), QStringLiteral("--password-file"), m_password,
                            QStringLiteral("--cache"), newCache()} +
                    extra);
        Run r;
        if (!p.waitForFinished(120000))
            p.kill();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.errorLines = QString::fromUtf8(p.readAllStandardError())
                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                           .filter(QStringLiteral("yiping: "));
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "the openssl command is missing (package openssl, scripts/packages.txt)");
        m_dataset = file("data.ndjson");
        QVERIFY(fixture::writeDataset(m_dataset, 12));
        m_password = file("password");
        QFile password(m_password);
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("admin-demo\n");
        password.close();

        const QString ca = openssl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
             QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Yiping test CA"),
             QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
             QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        QVERIFY2(ca.isEmpty(), qPrintable(ca));
        // The server's certificate, for the address the tests connect to, and one for
        // another host name.
        QString why =
            makeServerCertificate(QStringLiteral("loopback"), QStringLiteral("IP:127.0.0.1"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        why = makeServerCertificate(QStringLiteral("elsewhere"),
                                    QStringLiteral("DNS:elsewhere.example"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void syncsWithTheCaFile()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset, tlsArguments(QStringLiteral("loopback"))));
        QCOMPARE(server.url.scheme(), QStringLiteral("https"));
        sync::ServerConfig config = fixture::config(server.url);
        config.caFile = file("ca.pem");
        sync::SyncEngine engine(config, newCache());
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY2(summary.ok(), qPrintable(summary.firstError()));
        const fixture::Snapshot expected =
            fixture::serverSnapshot(server.url, QStringLiteral("admin"), file("ca.pem"));
        QCOMPARE(fixture::total(expected), 14 * 12);
        QCOMPARE(fixture::cacheSnapshot(*engine.store()), expected);
    }

    void liveStreamOverWss()
    {
        fixture::Server server;
        QVERIFY(server.start(m_dataset, tlsArguments(QStringLiteral("loopback"))));
        sync::ServerConfig config = fixture::config(server.url);
        config.caFile = file("ca.pem");
        sync::SyncWorker worker(config, newCache());
        QList<State> states;
        connect(&worker, &sync::SyncWorker::streamStateChanged, this,
                [&](State s) { states.append(s); });
        worker.start(true);
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(State::Connected), 15000);
    }

private:
    // Columns of the sync tests; with `trusted`, also the case that succeeds.
    static void tlsRows(bool trusted)
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QList<QSslError::SslError>>("expected"); // empty: success
        if (trusted)
            QTest::newRow("trusted")
                << QStringLiteral("loopback") << true << QList<QSslError::SslError>();
        // Which of the two OpenSSL reports depends on its version; both name the issuer.
        QTest::newRow("unknown issuer")
            << QStringLiteral("loopback") << false
            << QList<QSslError::SslError>{QSslError::UnableToGetLocalIssuerCertificate,
                                          QSslError::UnableToVerifyFirstCertificate};
        QTest::newRow("another host name")
            << QStringLiteral("elsewhere") << true
            << QList<QSslError::SslError>{QSslError::HostNameMismatch};
    }

private Q_SLOTS:
    void commandLine_data() { tlsRows(true); }
    void commandLine()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, withCa);
        QFETCH(QList<QSslError::SslError>, expected);
        fixture::Server server;
        QVERIFY(server.start(m_dataset, tlsArguments(certificate)));
        const Run r =
            yipingSync(server.url, withCa ? QStringList{QStringLiteral("--ca-file"), file("ca.pem")}
                                          : QStringList());
        if (expected.isEmpty()) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.errorLines.join(QLatin1Char('\n'))));
            QVERIFY(r.out.contains(QLatin1StringView("sync complete: 14 collections current")));
            return;
        }
        QVERIFY(r.exitCode > 0);
        QCOMPARE(r.errorLines.size(), 1);
        const QString line = r.errorLines.first();
        QVERIFY2(line.contains(QLatin1StringView("TLS")), qPrintable(line));
        bool named = false;
        for (QSslError::SslError e : expected)
            for (const QString &wording : wordings(e))
                named = named || line.contains(wording);
        QVERIFY2(named, qPrintable(line));
    }

    void refusedInTheApiToo_data() { tlsRows(false); }
    void refusedInTheApiToo()
    {
        // The same through ServerConfig, and without retries: a certificate problem does not
        // go away by asking again.
        QFETCH(QString, certificate);
        QFETCH(bool, withCa);
        QFETCH(QList<QSslError::SslError>, expected);
        fixture::Server server;
        QVERIFY(server.start(m_dataset, tlsArguments(certificate)));
        sync::ServerConfig config = fixture::config(server.url);
        if (withCa)
            config.caFile = file("ca.pem");
        sync::SyncEngine engine(config, newCache());
        const sync::SyncSummary summary = fixture::runSync(engine);
        QVERIFY(!summary.ok());
        bool named = false;
        for (QSslError::SslError e : expected)
            named = named || summary.error.contains(QSslError(e).errorString());
        QVERIFY2(named, qPrintable(summary.error));
        QVERIFY(!summary.error.contains(QLatin1Char('\n')));
        QVERIFY2(!summary.error.contains(QLatin1StringView("gave up after")),
                 qPrintable(summary.error));
        QCOMPARE(fixture::total(fixture::cacheSnapshot(*engine.store())), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"
