#include "CacheCommand.h"
#include "CommandLine.h"

#include "Translations.h"
#include "city/DataPaths.h"
#include "domain/Time.h"
#include "store/AnnotationQueue.h"
#include "store/CacheFile.h"
#include "store/DatasetImport.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace yiping;

namespace {

// The translation context of the command's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CacheCommand)
};

using app::fail;

std::unique_ptr<store::Store> openCache(const QString &path, int *exitCode)
{
    store::Store::OpenResult r = store::Store::open(path);
    for (const QString &notice : std::as_const(r.notices))
        QTextStream(stderr) << notice << Qt::endl;
    if (!r.store)
        *exitCode = fail(r.error);
    return std::move(r.store);
}

int stats(store::Store &cache, bool json)
{
    QJsonObject collections;
    std::optional<qint64> lastSync;
    QTextStream out(stdout);
    for (domain::Collection c : domain::kAllCollections) {
        const qint64 count = cache.count(c);
        const qint64 cursor = cache.cursor(c);
        collections.insert(
            domain::collectionName(c),
            QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("cursor"), cursor}});
        if (const std::optional<qint64> t = cache.lastSync(c); t && (!lastSync || *t > *lastSync))
            lastSync = t;
        if (!json)
            out << qSetFieldWidth(14) << Qt::left << domain::collectionName(c) << qSetFieldWidth(0)
                << Text::tr("%1 records, cursor %2").arg(count).arg(cursor) << Qt::endl;
    }
    const qint64 pending = store::AnnotationQueue(cache.database()).count();
    if (json) {
        const QJsonObject o{
            {QStringLiteral("collections"), collections},
            {QStringLiteral("pending_uploads"), pending},
            {QStringLiteral("last_sync"), lastSync ? QJsonValue(domain::formatRfc3339(*lastSync))
                                                   : QJsonValue(QJsonValue::Null)}};
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out << Text::tr("Annotations waiting for upload: %1").arg(pending) << Qt::endl;
        out << Text::tr("Last sync: %1")
                   .arg(lastSync ? domain::formatRfc3339(*lastSync) : Text::tr("never"))
            << Qt::endl;
    }
    return 0;
}

} // namespace

int app::runCacheCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setUpCommand(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Inspect, check or fill the local cache."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("cache"), Text::tr("The cache command."));
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("stats, verify or import."));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         Text::tr("Cache file (default: the local user's cache)."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print stats as JSON."));
    const QCommandLineOption datasetOption(QStringLiteral("dataset"),
                                           Text::tr("Dataset file to import (NDJSON)."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Text::tr("User interface language: zh_CN (default) or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    parser.addOptions({cacheOption, jsonOption, datasetOption, langOption});
    parser.process(app);
    QString error;
    if (parser.isSet(langOption) && !installTranslations(app, parser.value(langOption), &error))
        return fail(error);

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action != QLatin1StringView("stats") && action != QLatin1StringView("verify") &&
        action != QLatin1StringView("import"))
        return fail(
            Text::tr("Unknown cache action '%1' (available: stats, verify, import)").arg(action));
    if (action == QLatin1StringView("import") && !parser.isSet(datasetOption))
        return fail(Text::tr("cache import needs --dataset FILE"));

    const QString path =
        parser.isSet(cacheOption)
            ? parser.value(cacheOption)
            : DataPaths().defaultCache(); // the one the command center opens by default
    // verify reports a damaged file instead of letting open() move it aside and rebuild it.
    if (action == QLatin1StringView("verify")) {
        if (!QFileInfo::exists(path))
            return fail(Text::tr("The cache %1 does not exist.").arg(path));
        if (const QString why = store::CacheFile::damage(path); !why.isEmpty())
            return fail(Text::tr("The cache %1 is damaged: %2").arg(path, why));
    }
    int exitCode = 0;
    const std::unique_ptr<store::Store> cache = openCache(path, &exitCode);
    if (!cache)
        return exitCode;

    if (action == QLatin1StringView("stats"))
        return stats(*cache, parser.isSet(jsonOption));
    if (action == QLatin1StringView("verify")) {
        if (const QString why = cache->verify(); !why.isEmpty())
            return fail(Text::tr("The cache %1 is damaged: %2").arg(path, why));
        QTextStream(stdout) << Text::tr("The cache %1 is sound.").arg(path) << Qt::endl;
        return 0;
    }
    QTextStream err(stderr);
    const store::DatasetImport::Result r = store::DatasetImport::run(
        *cache, parser.value(datasetOption), store::DatasetImport::kDefaultPageSize,
        [&err](const QString &collection, qint64 done, qint64 total) {
            if (done == total)
                err << Text::tr("%1: %2 records").arg(collection).arg(total) << Qt::endl;
        });
    if (!r.ok)
        return fail(r.error);
    QTextStream(stdout) << Text::tr("Imported %1 records into %2.").arg(r.records).arg(path)
                        << Qt::endl;
    return 0;
}
