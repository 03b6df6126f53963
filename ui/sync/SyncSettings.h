#pragma once

#include <QString>
#include <QUrl>

namespace yiping::ui {

// Where and as whom to sync, kept in QSettings. The password is never stored: it is
// asked for each session and held in memory by the sync worker only.
struct SyncSettings
{
    QUrl server{QStringLiteral("http://127.0.0.1:8420")};
    QString user{QStringLiteral("analyst")};
    QString caFile;
    // The clearance the server last gave `user` (public, limited, restricted): what the
    // screens may unmask, offline too. Empty until a sign-in has answered.
    QString clearance;

    static SyncSettings load();
    void save() const;
};

} // namespace yiping::ui
