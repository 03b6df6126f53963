#include "Profiles.h"

#include "MainWindow.h"
#include "MapPageFactory.h"

namespace yiping::app {

namespace {
const QString workstation = QStringLiteral("workstation");
}

QStringList profileNames()
{
    return {workstation};
}

QList<PageFactory> pagesOf(const QString &profile)
{
    if (profile == workstation)
        return {&createMapPage};
    return {};
}

bool addProfilePages(ui::MainWindow &window, const QString &profile, const CityManifest &city,
                     const QList<geo::Boundary> &districts)
{
    const QList<PageFactory> factories = pagesOf(profile);
    const PageSetup setup{window.services(), city, districts};
    for (const PageFactory &create : factories)
        window.addPage(create(setup));
    return !factories.isEmpty();
}

} // namespace yiping::app
