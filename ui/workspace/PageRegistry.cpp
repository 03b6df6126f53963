#include "PageRegistry.h"

#include "Page.h"

namespace yiping::ui {

void PageRegistry::add(Page *page)
{
    m_pages.append(page);
    if (m_current < 0)
        setCurrentIndex(0);
}

Page *PageRegistry::page(const QString &name) const
{
    for (Page *candidate : m_pages)
        if (candidate->name() == name)
            return candidate;
    return nullptr;
}

QStringList PageRegistry::names() const
{
    QStringList names;
    for (const Page *page : m_pages)
        names.append(page->name());
    return names;
}

bool PageRegistry::setCurrent(const QString &name)
{
    Page *target = page(name);
    if (!target)
        return false;
    setCurrentIndex(int(m_pages.indexOf(target)));
    return true;
}

void PageRegistry::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_pages.size() || index == m_current)
        return;
    Page *previous = current();
    m_current = index;
    Q_EMIT currentChanged(m_pages[index], previous);
}

} // namespace yiping::ui
