#pragma once

#include <QSize>
#include <QString>

namespace yiping::ui {
class MainWindow;
}

namespace yiping {

// Renders the window at `size`, writes a PNG and returns 0; on any failure, including a
// map that rendered blank, prints the reason and returns non-zero.
int takeScreenshot(ui::MainWindow &window, const QString &path, const QSize &size);

} // namespace yiping
