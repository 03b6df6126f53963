#pragma once

namespace yiping::ui {
class Page;
}

namespace yiping::app {

struct PageSetup;

// 地图: the map page wired to the window's session, alerts and acknowledger.
ui::Page *createMapPage(const PageSetup &setup);

} // namespace yiping::app
