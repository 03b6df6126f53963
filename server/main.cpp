#include "Generator.h"
#include "ServeCommand.h"
#include "city/CityManifest.h"
#include "yiping/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace yiping;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "yiping-server: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yiping-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YIPING_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Yiping reference backend.\n\nCommands:\n  serve      serve the city's data over HTTP\n"
        "  generate   write the deterministic demo-city dataset (NDJSON)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve | generate"));
    const QCommandLineOption cityOption(QStringLiteral("city"),
                                        QStringLiteral("Folder of the city (its city.json)."),
                                        QStringLiteral("DIR"), CityManifest::defaultCityDir());
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("generate: small, city or stress."),
                                         QStringLiteral("SCALE"), QStringLiteral("city"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("generate: random seed."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("generate: output file (NDJSON)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption nowOption(
        QStringLiteral("now"), QStringLiteral("generate: end of the data's time span (RFC 3339)."),
        QStringLiteral("RFC3339"), QStringLiteral("2026-11-27T08:00:00+08:00"));
    parser.addOptions({cityOption, scaleOption, seedOption, outOption, nowOption});
    server::ServeCommand serve;
    serve.addOptions(parser);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("generate")) {
        gen::GeneratorOptions options;
        options.scale = parser.value(scaleOption);
        options.outPath = parser.value(outOption);
        options.cityDir = parser.value(cityOption);
        bool seedOk = false;
        options.seed = parser.value(seedOption).toULongLong(&seedOk);
        if (!seedOk)
            return fail(QStringLiteral("invalid --seed '%1'").arg(parser.value(seedOption)));
        if (options.outPath.isEmpty())
            return fail(QStringLiteral("generate needs --out FILE"));
        if (!gen::Generator::parseNow(parser.value(nowOption), &options.now))
            return fail(QStringLiteral("invalid --now '%1' (RFC 3339 with offset)")
                            .arg(parser.value(nowOption)));
        QString error;
        if (!gen::Generator::run(options, &error))
            return fail(error);
        return 0;
    }
    if (command != QLatin1String("serve"))
        return fail(QStringLiteral("unknown or missing command (try: yiping-server serve)"));

    return serve.run(parser, parser.value(cityOption));
}
