#include "Session.h"

namespace yiping::workspace {

void Session::setCachePath(const QString &path)
{
    m_cachePath = path;
    Q_EMIT cacheChanged(path);
}

void Session::setClearance(security::Clearance clearance)
{
    if (clearance == m_clearance)
        return;
    m_clearance = clearance;
    Q_EMIT clearanceChanged(clearance);
}

void Session::setAuthor(const QString &user)
{
    if (user == m_author)
        return;
    m_author = user;
    Q_EMIT authorChanged(user);
}

} // namespace yiping::workspace
