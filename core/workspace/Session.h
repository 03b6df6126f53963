#pragma once

#include "security/Clearance.h"

#include <QObject>
#include <QString>

namespace yiping::workspace {

// Who looks at which cache: the window keeps it (from the sign-in and the sync), the
// pages read their data by it.
class Session : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    QString cachePath() const { return m_cachePath; }
    // Emitted on every call, even with the same path: a sync rewrites the same file and
    // the pages read it again.
    void setCachePath(const QString &path);

    security::Clearance clearance() const { return m_clearance; }
    void setClearance(security::Clearance clearance);

    // Who signs the notes and acks made here (the user signed in, or the one who last did).
    QString author() const { return m_author; }
    void setAuthor(const QString &user);

Q_SIGNALS:
    void cacheChanged(const QString &path);
    void clearanceChanged(security::Clearance clearance);
    void authorChanged(const QString &user);

private:
    QString m_cachePath;
    security::Clearance m_clearance = security::Clearance::Public;
    QString m_author;
};

} // namespace yiping::workspace
