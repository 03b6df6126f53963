#include "read/ReadContext.h"

#include <QFileInfo>

namespace yiping::read {

store::Store &ReadContext::store()
{
    if (m_store)
        return *m_store;
    if (m_path.isEmpty())
        throw ReadError(tr("No local cache is open."));
    store::Store::OpenResult opened = store::Store::open(m_path);
    m_notices += opened.notices;
    if (!opened.store)
        throw ReadError(opened.error);
    m_store = std::move(opened.store);
    return *m_store;
}

bool ReadContext::hasCache() const
{
    return m_store || (!m_path.isEmpty() && QFileInfo::exists(m_path));
}

void ReadContext::setCachePath(const QString &path)
{
    close();
    m_path = path;
}

void ReadContext::close()
{
    m_readers.clear();
    m_store.reset();
}

} // namespace yiping::read
