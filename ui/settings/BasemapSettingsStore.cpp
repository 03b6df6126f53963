#include "settings/BasemapSettingsStore.h"

#include <QSettings>

namespace yiping::ui {

map::BasemapSettings BasemapSettingsStore::load()
{
    QSettings settings;
    map::BasemapSettings s;
    const QString kind = settings.value(QStringLiteral("map/basemap")).toString();
    if (kind == QLatin1StringView("folder"))
        s.kind = map::BasemapSettings::TileFolder;
    else if (kind == QLatin1StringView("server"))
        s.kind = map::BasemapSettings::TileServer;
    s.folder = settings.value(QStringLiteral("map/tileFolder")).toString();
    s.url = settings.value(QStringLiteral("map/tileUrl")).toString();
    return s;
}

void BasemapSettingsStore::save(const map::BasemapSettings &s)
{
    QSettings settings;
    const char *kind = s.kind == map::BasemapSettings::TileFolder   ? "folder"
                       : s.kind == map::BasemapSettings::TileServer ? "server"
                                                                    : "none";
    settings.setValue(QStringLiteral("map/basemap"), QString::fromLatin1(kind));
    settings.setValue(QStringLiteral("map/tileFolder"), s.folder);
    settings.setValue(QStringLiteral("map/tileUrl"), s.url);
}

} // namespace yiping::ui
