#pragma once

namespace yiping::app {

// `yiping cache stats|verify|import ...`: cache maintenance from the command line, run
// before any GUI object exists so that it works with no display. Returns the exit code.
int runCacheCommand(int argc, char *argv[]);

} // namespace yiping::app
