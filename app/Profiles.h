#pragma once

#include "city/CityManifest.h"
#include "geo/Boundary.h"
#include "workspace/PageServices.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace yiping::ui {
class MainWindow;
class Page;
} // namespace yiping::ui

namespace yiping::app {

// What a page factory is given: the window's shared services and the city shown.
struct PageSetup
{
    ui::PageServices services;
    CityManifest city;
    QList<geo::Boundary> districts;
};

using PageFactory = std::function<ui::Page *(const PageSetup &setup)>;

// The profiles and the pages each shows, in switcher order (workstation: every page; the
// video wall and the laptop come with their issues).
QStringList profileNames();
QList<PageFactory> pagesOf(const QString &profile);

// Creates the profile's pages in the window; false for an unknown profile.
bool addProfilePages(ui::MainWindow &window, const QString &profile, const CityManifest &city,
                     const QList<geo::Boundary> &districts);

} // namespace yiping::app
