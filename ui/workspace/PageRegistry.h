#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

namespace yiping::ui {

class Page;

// The window's pages in switcher order and which one is current: what the page switcher,
// the Go menu, Ctrl+1…9 and --page NAME go through. The pages a profile shows are added
// by app/; the registry does not own them (the window's page stack does).
class PageRegistry : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The first page added becomes the current one.
    void add(Page *page);
    const QList<Page *> &pages() const { return m_pages; }
    // The page with this command-line name, or null.
    Page *page(const QString &name) const;
    QStringList names() const;

    Page *current() const { return m_pages.value(m_current); }
    int currentIndex() const { return m_current; }
    // False (and nothing changes) when no page has that name.
    bool setCurrent(const QString &name);
    // An index out of range is ignored.
    void setCurrentIndex(int index);

Q_SIGNALS:
    // `previous` is null when the first page is added.
    void currentChanged(yiping::ui::Page *current, yiping::ui::Page *previous);

private:
    QList<Page *> m_pages;
    int m_current = -1;
};

} // namespace yiping::ui
