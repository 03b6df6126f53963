#include "SyncCommand.h"
#include "CommandLine.h"

#include "Translations.h"
#include "store/Store.h"
#include "sync/SyncWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace yiping;

namespace {

// The translation context of the command's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
};

using app::fail;

// The first line of the file, without its line break; the password is never written back.
bool readPassword(const QString &path, QString *password, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read the password file %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    if (password->isEmpty()) {
        *error = Text::tr("the password file %1 is empty").arg(path);
        return false;
    }
    return true;
}

bool parseCollections(const QString &list, QList<domain::Collection> *out, QString *error)
{
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<domain::Collection> c = domain::collectionFromName(name.trimmed());
        if (!c) {
            *error = Text::tr("unknown collection '%1'").arg(name.trimmed());
            return false;
        }
        out->append(*c);
    }
    return true;
}

QString describe(const sync::CollectionResult &r)
{
    const QString name = domain::collectionName(r.collection);
    if (!r.ok)
        return r.error;
    return Text::tr("%1: %2 received, %3 in cache, cursor %4")
        .arg(name)
        .arg(r.received)
        .arg(r.count)
        .arg(r.cursor);
}

} // namespace

int app::runSyncCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setUpCommand(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Bring the local cache up to date with the server and upload local notes."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), Text::tr("The sync command."));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          Text::tr("Server URL, e.g. https://host:8420."),
                                          QStringLiteral("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"), Text::tr("User name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-file"),
        Text::tr("File whose first line is the password (never stored)."), QStringLiteral("FILE"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"), Text::tr("Cache file (default: the user's cache for the server)."),
        QStringLiteral("PATH"));
    const QCommandLineOption collectionsOption(
        QStringLiteral("collections"),
        Text::tr("Comma-separated collections to pull (default: all)."), QStringLiteral("LIST"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
                                      Text::tr("PEM bundle of additional trusted CAs."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Text::tr("User interface language: zh_CN (default) or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    parser.addOptions({serverOption, userOption, passwordOption, cacheOption, collectionsOption,
                       caOption, langOption});
    parser.process(app);
    QString error;
    if (parser.isSet(langOption) && !installTranslations(app, parser.value(langOption), &error))
        return fail(error);

    sync::ServerConfig config;
    config.server = QUrl(parser.value(serverOption), QUrl::StrictMode);
    if (!config.server.isValid() || config.server.host().isEmpty() ||
        (config.server.scheme() != QLatin1StringView("http") &&
         config.server.scheme() != QLatin1StringView("https")))
        return fail(Text::tr("sync needs --server http(s)://HOST[:PORT]"));
    config.user = parser.value(userOption);
    if (config.user.isEmpty() || !parser.isSet(passwordOption))
        return fail(Text::tr("sync needs --user NAME and --password-file FILE"));
    if (!readPassword(parser.value(passwordOption), &config.password, &error))
        return fail(error);
    config.caFile = parser.value(caOption);
    QList<domain::Collection> collections;
    if (!parseCollections(parser.value(collectionsOption), &collections, &error))
        return fail(error);
    const QString serverKey = config.server.host() + QLatin1Char(':') +
                              QString::number(config.server.port(
                                  config.server.scheme() == QLatin1StringView("https") ? 443 : 80));
    const QString cache = parser.isSet(cacheOption)
                              ? parser.value(cacheOption)
                              : store::Store::defaultPath(config.user, serverKey);

    QTextStream out(stdout);
    sync::SyncWorker worker(config, cache);
    sync::SyncSummary summary;
    QObject::connect(&worker, &sync::SyncWorker::collectionFinished, &app,
                     [&out](const sync::CollectionResult &r) { out << describe(r) << Qt::endl; });
    QObject::connect(&worker, &sync::SyncWorker::finished, &app,
                     [&summary](const sync::SyncSummary &s) {
                         summary = s;
                         QCoreApplication::quit();
                     });
    worker.start(false);
    worker.syncNow(collections);
    QCoreApplication::exec();

    if (!summary.ok())
        return fail(Text::tr("sync failed: %1").arg(summary.firstError()));
    qint64 received = 0;
    for (const sync::CollectionResult &r : std::as_const(summary.collections))
        received += r.received;
    out << Text::tr("sync complete: %1 collections current, %2 records received, %3 annotations "
                    "uploaded, %4 conflicts kept, cache %5")
               .arg(summary.collections.size())
               .arg(received)
               .arg(summary.pushed)
               .arg(summary.conflicts)
               .arg(cache)
        << Qt::endl;
    return 0;
}
