#pragma once

namespace yiping::map {

// How much the map may move on its own now (MapView decides from its window): an animated
// layer animates at full rate for someone looking at it, at a reduced rate while the window
// is shown but another one is active (a wall, a second screen), and holds still when
// nobody can see it, so that a hidden map draws nothing.
enum class Motion { Still, Reduced, Full };

} // namespace yiping::map
