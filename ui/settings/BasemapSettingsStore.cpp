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
    // Tiles are WGS-84 unless the user said otherwise (OpenStreetMap-style servers are).
    const auto crs = domain::EnumValue<domain::Crs>::parse(
        settings.value(QStringLiteral("map/tileCrs")).toString());
    s.tileCrs = crs.isKnown() ? crs.value : domain::Crs::Wgs84;
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
    settings.setValue(QStringLiteral("map/tileCrs"),
                      QString(domain::EnumValue<domain::Crs>::name(s.tileCrs)));
}

} // namespace yiping::ui
