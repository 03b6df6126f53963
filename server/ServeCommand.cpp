#include "ServeCommand.h"

#include "ApiServer.h"
#include "Auth.h"
#include "DatasetLoader.h"
#include "FaultProxy.h"
#include "Faults.h"
#include "ServerDatabase.h"
#include "Simulator.h"
#include "city/CityManifest.h"
#include "geo/BoundaryReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace yiping::server {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "yiping-server: " << message << Qt::endl;
    return 1;
}

// Without a dataset the server still describes its city, from the city folder.
bool cityFromManifest(const QString &cityDir, CityInfo *out, QString *error)
{
    CityManifest city;
    if (!CityManifest::load(cityDir, &city, error))
        return false;
    const auto districts = geo::BoundaryReader::read(city.districtsPath);
    if (!districts.ok()) {
        *error = districts.error;
        return false;
    }
    QRectF bounds;
    for (const auto &d : districts.boundaries)
        bounds = bounds.isNull() ? geo::boundsOf(d.shape) : bounds.united(geo::boundsOf(d.shape));
    *out = {city.code, city.name, city.crs, bounds.center()};
    return true;
}

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so that the server returns from run() and its
// temporary database is deleted: ended by the default handlers, each run left its
// database behind in the temporary folder (1 GB for the city). The handler only writes a
// byte to a socket that the event loop watches.
void quitOnTermination()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier =
        new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

// The server's TLS set-up from PEM files: the certificate (followed by its intermediates,
// if any) and its unencrypted private key, RSA or EC.
bool loadTls(const QString &certPath, const QString &keyPath, QSslConfiguration *out,
             QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath);
    if (chain.isEmpty()) {
        *error =
            QStringLiteral("no PEM certificate could be read from --tls-cert %1").arg(certPath);
        return false;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read --tls-key %1: %2").arg(keyPath, keyFile.errorString());
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec);
    if (key.isNull()) {
        *error = QStringLiteral("--tls-key %1 holds no unencrypted RSA or EC private key in PEM")
                     .arg(keyPath);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    *out = tls;
    return true;
}

} // namespace

ServeCommand::ServeCommand()
    : m_port(QStringLiteral("port"), QStringLiteral("serve: TCP port (0 = any free port)."),
             QStringLiteral("N"), QStringLiteral("8420"))
    , m_bind(QStringLiteral("bind"),
             QStringLiteral("serve: address to listen on (loopback by default)."),
             QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"))
    , m_data(QStringLiteral("data"),
             QStringLiteral("serve: dataset written by `generate` (without it: no records)."),
             QStringLiteral("FILE"))
    , m_db(QStringLiteral("db"),
           QStringLiteral("serve: the server's SQLite file, rebuilt at start (default: a"
                          " temporary file)."),
           QStringLiteral("PATH"))
    , m_users(QStringLiteral("users"),
              QStringLiteral("serve: users, a JSON array of {username, password or"
                             " password_sha256, display_name, role, clearance, region_scope}."
                             " Without it the demo users admin, analyst, leader and reviewer"
                             " exist, each with the password <name>-demo."),
              QStringLiteral("FILE"))
    , m_tokenTtl(QStringLiteral("token-ttl"), QStringLiteral("serve: token lifetime."),
                 QStringLiteral("SECONDS"), QStringLiteral("3600"))
    , m_simulate(QStringLiteral("simulate"),
                 QStringLiteral("serve: every 2-3 s write new events, alerts, case stages,"
                                " dispute outcomes and track points."))
    , m_faults(
          QStringLiteral("faults"),
          QStringLiteral("serve: inject failures; comma-separated items: drop-after=BYTES[:N] (cut"
                         " the connection after BYTES bytes of the next N sync responses, N=1),"
                         " status=503:N or status=429:N (the next N sync requests answer it, with"
                         " Retry-After: 1), malformed=COLLECTION (its sync pages are broken JSON),"
                         " slow=MS (delay every request), expire-token-after=N (tokens expire after"
                         " N requests), gone-below=REV (min_since=REV; 0<since<REV answers 410), "
                         "drop-put-response=N (the"
                         " next N annotation PUTs are stored but their answer is lost: the"
                         " connection closes first)."),
          QStringLiteral("SPEC"))
    , m_tlsCert(QStringLiteral("tls-cert"),
                QStringLiteral("serve: serve HTTPS (and WSS) with this PEM certificate (followed by"
                               " its intermediates); needs --tls-key."),
                QStringLiteral("FILE"))
    , m_tlsKey(QStringLiteral("tls-key"),
               QStringLiteral("serve: the unencrypted PEM private key (RSA or EC) of --tls-cert."),
               QStringLiteral("FILE"))
{}

void ServeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_port, m_bind, m_data, m_db, m_users, m_tokenTtl, m_simulate, m_faults,
                       m_tlsCert, m_tlsKey});
}

int ServeCommand::run(const QCommandLineParser &parser, const QString &cityDir)
{
    bool ok = false;
    const uint port = parser.value(m_port).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("invalid --port '%1'").arg(parser.value(m_port)));
    const QHostAddress address(parser.value(m_bind));
    if (address.isNull())
        return fail(QStringLiteral("invalid --bind '%1'").arg(parser.value(m_bind)));
    const int ttl = parser.value(m_tokenTtl).toInt(&ok);
    if (!ok || ttl <= 0)
        return fail(QStringLiteral("invalid --token-ttl '%1'").arg(parser.value(m_tokenTtl)));
    QString error;
    Faults faults;
    if (!Faults::parse(parser.value(m_faults), &faults, &error))
        return fail(error);
    std::optional<QSslConfiguration> tls;
    if (parser.isSet(m_tlsCert) != parser.isSet(m_tlsKey))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(m_tlsCert)) {
        if (faults.needsProxy())
            return fail(QStringLiteral(
                "the faults drop-after, slow and drop-put-response work on plain HTTP only"));
        tls.emplace();
        if (!loadTls(parser.value(m_tlsCert), parser.value(m_tlsKey), &*tls, &error))
            return fail(error);
    }

    quitOnTermination();
    QTemporaryDir tempDir;
    const QString dbPath =
        parser.isSet(m_db) ? parser.value(m_db) : tempDir.filePath(QStringLiteral("server.sqlite"));
    std::unique_ptr<ServerDatabase> db;
    CityInfo city;
    try {
        db = std::make_unique<ServerDatabase>(dbPath);
        if (parser.isSet(m_data)) {
            QElapsedTimer clock;
            clock.start();
            DatasetLoader loader(*db);
            DatasetHeader header;
            if (!loader.load(parser.value(m_data), &header, &error))
                return fail(error);
            city = {header.cityCode, header.cityName, header.crs, header.center};
            QTextStream(stdout) << "yiping-server: loaded " << loader.recordCount()
                                << " records in " << clock.elapsed() << " ms" << Qt::endl;
        } else {
            db->finishLoad();
            if (!cityFromManifest(cityDir, &city, &error))
                return fail(error);
        }
    } catch (const store::SqlError &e) {
        return fail(QStringLiteral("database %1: %2").arg(dbPath, e.message()));
    }

    Auth auth;
    auth.setTokenTtl(ttl);
    auth.setRequestsPerToken(faults.expireTokenAfter);
    if (parser.isSet(m_users)) {
        if (!auth.loadUsers(parser.value(m_users), &error))
            return fail(error);
    } else {
        auth.createDemoUsers();
        QTextStream(stderr) << "yiping-server: warning: demo credentials are active (users admin,"
                               " analyst, leader, reviewer; password <name>-demo); give --users"
                               " FILE for real ones"
                            << Qt::endl;
    }
    for (User &user : auth.users()) {
        if (user.regionScope.isEmpty())
            continue;
        user.scopeCode = db->regionCode(user.regionScope.toUtf8());
        if (user.scopeCode.isEmpty())
            return fail(QStringLiteral("user %1: region_scope '%2' is no region of the data")
                            .arg(user.username, user.regionScope));
    }

    ApiServer api(city, *db, auth, faults);
    // With connection-level faults the proxy takes the public address and the HTTP
    // server hides behind it on loopback.
    std::unique_ptr<FaultProxy> proxy;
    const bool proxied = faults.needsProxy();
    if (!api.listen(proxied ? QHostAddress(QHostAddress::LocalHost) : address,
                    proxied ? 0 : quint16(port), &error, tls))
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(error));
    quint16 publicPort = api.port();
    if (proxied) {
        proxy = std::make_unique<FaultProxy>(faults, api.port());
        if (!proxy->listen(address, quint16(port), &error))
            return fail(QStringLiteral("cannot listen on %1:%2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(error));
        publicPort = proxy->port();
    }

    Simulator simulator(*db, api.stream());
    if (parser.isSet(m_simulate))
        simulator.start();

    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(publicPort);
    QTextStream(stdout) << "yiping-server listening on " << url.toString() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace yiping::server
