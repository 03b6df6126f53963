#pragma once

#include <QString>

namespace yiping {

// Where the program finds its bundled data and keeps its cache. Installed, the cities are
// in <prefix>/<datadir>/yiping/cities (found from the executable's folder, then along
// XDG_DATA_DIRS) and the cache under QStandardPaths::AppLocalDataLocation. Run from the
// build tree that made it, the program reads the source tree's data/ and opens the demo
// cache the build made (target demo-cache), so `scripts/dev run` shows the demo city; the
// source tree is never looked at from anywhere else.
class DataPaths
{
public:
    struct Layout
    {
        QString executableDir;  // the running program's folder
        QString buildBinDir;    // the build tree's bin/ (empty: no build tree)
        QString sourceDataDir;  // the source tree's data/
        QString demoCache;      // the demo cache the build made
        QString installDataDir; // CMAKE_INSTALL_DATADIR, relative to the prefix ("share")
    };
    // This program's layout: its folder, and what the build that made it recorded.
    static Layout thisProgram();

    explicit DataPaths(Layout layout = thisProgram());

    // Running from the build tree that made it (a development build).
    bool isBuildTree() const;
    // The folder holding one folder per bundled city, each with its city.json.
    QString citiesDir() const;
    // The bundled city `code` (the demo city by default).
    QString cityDir(const QString &code = QStringLiteral("putian")) const;
    // The cache the program opens when none is named: the demo cache in a build tree,
    // else <AppLocalDataLocation>/caches/local.sqlite (where `yiping cache import` writes).
    QString defaultCache() const;

private:
    Layout m_layout;
};

} // namespace yiping
