#include "city/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace yiping {

namespace {

const QString kCities = QStringLiteral("yiping/cities");

QString canonical(const QString &dir)
{
    const QString c = QFileInfo(dir).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(dir) : c;
}

} // namespace

DataPaths::Layout DataPaths::thisProgram()
{
    // The build's own paths are compiled into this one file only (an absolute path on every
    // compile line would defeat ccache across clones).
    return {QCoreApplication::applicationDirPath(), QStringLiteral(YIPING_BUILD_BIN_DIR),
            QStringLiteral(YIPING_SOURCE_DATA_DIR), QStringLiteral(YIPING_DEMO_CACHE),
            QStringLiteral(YIPING_INSTALL_DATADIR)};
}

DataPaths::DataPaths(Layout layout)
    : m_layout(std::move(layout))
{}

bool DataPaths::isBuildTree() const
{
    return !m_layout.buildBinDir.isEmpty() && !m_layout.executableDir.isEmpty() &&
           canonical(m_layout.executableDir) == canonical(m_layout.buildBinDir);
}

QString DataPaths::citiesDir() const
{
    if (isBuildTree())
        return QDir::cleanPath(m_layout.sourceDataDir);
    // Installed: beside the executable's prefix, wherever that prefix is (/usr, /opt/…, a
    // relocated bundle); then the system's data folders.
    const QString besideExecutable =
        QDir::cleanPath(m_layout.executableDir + QStringLiteral("/../") + m_layout.installDataDir +
                        QLatin1Char('/') + kCities);
    if (QFileInfo(besideExecutable).isDir())
        return besideExecutable;
    const QString located = QStandardPaths::locate(QStandardPaths::GenericDataLocation, kCities,
                                                   QStandardPaths::LocateDirectory);
    // Nothing found: the installed place, so that an error names where it looked.
    return located.isEmpty() ? besideExecutable : QDir::cleanPath(located);
}

QString DataPaths::cityDir(const QString &code) const
{
    return citiesDir() + QLatin1Char('/') + code;
}

QString DataPaths::defaultCache() const
{
    if (isBuildTree())
        return m_layout.demoCache;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/caches/local.sqlite");
}

} // namespace yiping
