#include "read/ReadContext.h"

namespace yiping::read {

store::Store &ReadContext::store()
{
    if (m_store)
        return *m_store;
    if (m_path.isEmpty())
        throw ReadError(tr("No local cache is open."));
    store::Store::OpenResult opened = store::Store::open(m_path);
    if (!opened.store)
        throw ReadError(opened.error);
    m_store = std::move(opened.store);
    return *m_store;
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
