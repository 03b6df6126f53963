#include "MapPageFactory.h"

#include "MapPage.h"
#include "Profiles.h"
#include "alerts/AlertAcknowledger.h"
#include "map/MapView.h"
#include "settings/BasemapSettingsStore.h"
#include "workspace/Session.h"

#include <QTimer>

namespace yiping::app {

ui::Page *createMapPage(const PageSetup &setup)
{
    const ui::PageServices &s = setup.services;
    auto *page = new ui::MapPage(s.workspace, setup.city.name, setup.districts);
    // The city's datum (/meta): over tiles in another one the layers are moved onto them.
    page->mapView()->setDataCrs(domain::EnumValue<domain::Crs>::parse(setup.city.crs).value);
    // Once the window has taken the page, so that a basemap that cannot be shown says so
    // in the window's status bar.
    QTimer::singleShot(0, page, [page] { page->applyBasemap(ui::BasemapSettingsStore::load()); });

    // A page made after the cache was opened reads it at once.
    if (!s.session->cachePath().isEmpty())
        page->setCachePath(s.session->cachePath());
    QObject::connect(s.session, &workspace::Session::cacheChanged, page,
                     &ui::MapPage::setCachePath);
    page->setViewerClearance(s.session->clearance());
    QObject::connect(s.session, &workspace::Session::clearanceChanged, page,
                     &ui::MapPage::setViewerClearance);
    page->setAuthor(s.session->author());
    QObject::connect(s.session, &workspace::Session::authorChanged, page, &ui::MapPage::setAuthor);
    page->setAlerts(s.alerts);
    // 确认 in an alert's profile goes to the window's acknowledger; its answer reaches the
    // profile as it reaches the alerts dock.
    QObject::connect(page, &ui::MapPage::acknowledgeRequested, s.acknowledger,
                     &ui::AlertAcknowledger::acknowledge);
    QObject::connect(s.acknowledger, &ui::AlertAcknowledger::stateChanged, page,
                     &ui::MapPage::setAlertAckState);
    return page;
}

} // namespace yiping::app
