#include "CacheCommand.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "Profiles.h"
#include "Screenshot.h"
#include "SyncCommand.h"
#include "Theme.h"
#include "Translations.h"
#include "city/CityManifest.h"
#include "city/DataPaths.h"
#include "geo/BoundaryReader.h"
#include "workspace/PageRegistry.h"
#include "yiping/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

using namespace yiping;

namespace {

using app::fail;

} // namespace

int main(int argc, char *argv[])
{
    // Cache maintenance runs without a display, so before any GUI object exists.
    if (argc > 1 && qstrcmp(argv[1], "cache") == 0)
        return app::runCacheCommand(argc, argv);
    // So does a sync from the command line.
    if (argc > 1 && qstrcmp(argv[1], "sync") == 0)
        return app::runSyncCommand(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Yiping"));
    QApplication::setApplicationName(QStringLiteral("yiping"));
    QApplication::setApplicationVersion(QStringLiteral(YIPING_VERSION));

    // The language must be known before any translated text, so read it first.
    QString language = QStringLiteral("zh_CN");
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            language = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            language = args[i].mid(7);
    }
    QString error;
    if (!installTranslations(app, language, &error))
        return fail(error);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Yiping: the city governance command center."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language: zh_CN (default) or en."),
        QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    const QCommandLineOption cityOption(
        QStringLiteral("city"),
        QCoreApplication::translate("main", "Folder of the city to show (its city.json)."),
        QStringLiteral("DIR"), CityManifest::defaultCityDir());
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window to a PNG file and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QCoreApplication::translate("main", "Page to show first (map)."),
        QStringLiteral("NAME"), QStringLiteral("map"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size for --screenshot, e.g. 1920x1080."),
        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"),
        QCoreApplication::translate("main", "Local cache file to open (default: %1).")
            .arg(DataPaths().defaultCache()),
        QStringLiteral("PATH"), DataPaths().defaultCache());
    parser.addOptions(
        {langOption, cityOption, screenshotOption, pageOption, sizeOption, cacheOption});
    parser.process(app);

    CityManifest city;
    if (!CityManifest::load(parser.value(cityOption), &city, &error))
        return fail(error);
    const geo::BoundaryReader::Result districts = geo::BoundaryReader::read(city.districtsPath);
    if (!districts.ok())
        return fail(districts.error);

    theme::applyDark(app);
    ui::MainWindow window(city);
    // The command center's staff see every page; the video wall and the laptop will have
    // profiles of their own.
    app::addProfilePages(window, QStringLiteral("workstation"), city, districts.boundaries);
    window.showCacheStatus(parser.value(cacheOption));
    const QString page = parser.value(pageOption);
    if (!window.pages()->setCurrent(page))
        return fail(QCoreApplication::translate("main", "Unknown page '%1' (available: %2)")
                        .arg(page, window.pages()->names().join(QStringLiteral(", "))));

    if (parser.isSet(screenshotOption)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(sizeOption));
        const QSize size =
            m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (size.width() < 320 || size.height() < 240 || size.width() > 8192 ||
            size.height() > 8192)
            return fail(QCoreApplication::translate(
                            "main", "Invalid --size '%1': use WxH between 320x240 and 8192x8192")
                            .arg(parser.value(sizeOption)));
        return takeScreenshot(window, parser.value(screenshotOption), size);
    }

    window.resize(1600, 1000);
    window.show();
    return QApplication::exec();
}
