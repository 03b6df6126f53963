#include "SyncSettings.h"

#include <QSettings>

namespace yiping::ui {

SyncSettings SyncSettings::load()
{
    QSettings settings;
    SyncSettings s;
    s.server = settings.value(QStringLiteral("sync/server"), s.server).toUrl();
    s.user = settings.value(QStringLiteral("sync/user"), s.user).toString();
    s.caFile = settings.value(QStringLiteral("sync/caFile")).toString();
    s.clearance = settings.value(QStringLiteral("sync/clearance")).toString();
    return s;
}

void SyncSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("sync/server"), server);
    settings.setValue(QStringLiteral("sync/user"), user);
    settings.setValue(QStringLiteral("sync/caFile"), caFile);
    settings.setValue(QStringLiteral("sync/clearance"), clearance);
}

} // namespace yiping::ui
