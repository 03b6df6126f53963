#pragma once

namespace yiping::app {

// `yiping sync --server URL --user NAME --password-file FILE [...]`: one sync run from the
// command line (pull every collection, push queued annotations), before any GUI object
// exists so that it works with no display. Returns the exit code: 0 when every
// collection is current.
int runSyncCommand(int argc, char *argv[]);

} // namespace yiping::app
