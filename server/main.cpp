#include "ApiServer.h"
#include "city/CityManifest.h"
#include "geo/BoundaryReader.h"
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
        "Yiping reference backend.\n\nCommands:\n  serve   serve the city's data over HTTP"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("8420"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Address to listen on (loopback by default)."),
                                        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption cityOption(QStringLiteral("city"),
                                        QStringLiteral("Folder of the city (its city.json)."),
                                        QStringLiteral("DIR"), CityManifest::defaultCityDir());
    parser.addOptions({portOption, bindOption, cityOption});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("serve"))
        return fail(QStringLiteral("unknown or missing command (try: yiping-server serve)"));

    QString error;
    CityManifest city;
    if (!CityManifest::load(parser.value(cityOption), &city, &error))
        return fail(error);
    const auto districts = geo::BoundaryReader::read(city.districtsPath);
    if (!districts.ok())
        return fail(districts.error);
    QRectF bounds;
    for (const auto &d : districts.boundaries)
        bounds = bounds.isNull() ? geo::boundsOf(d.shape) : bounds.united(geo::boundsOf(d.shape));

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const QHostAddress address(parser.value(bindOption));
    if (!portOk || port > 65535)
        return fail(QStringLiteral("invalid --port '%1'").arg(parser.value(portOption)));
    if (address.isNull())
        return fail(QStringLiteral("invalid --bind '%1'").arg(parser.value(bindOption)));

    server::ApiServer api(city, bounds);
    if (!api.listen(address, quint16(port), &error))
        return fail(QStringLiteral("cannot listen on %1:%2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(error));
    QTextStream(stdout) << "yiping-server listening on " << api.url().toString() << Qt::endl;
    return QCoreApplication::exec();
}
