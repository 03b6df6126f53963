#include "Screenshot.h"

#include "MainWindow.h"
#include "MapPage.h"
#include "Theme.h"
#include "map/MapView.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QTextStream>

namespace yiping {

namespace {

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

// Waits until the Quick scene has rendered a few frames at the window's final size.
// A QQuickWidget renders on demand; when a second passes without a frame, grabbing its
// framebuffer makes it render one (its update requests were seen to stall after a burst
// of scene changes on an empty cache), so the wait ends on real frames, never on a guess.
bool waitForFrames(QQuickWidget *widget, int frames, int timeoutMs)
{
    QQuickWindow *window = widget->quickWindow();
    int rendered = 0;
    auto connection = QObject::connect(
        window, &QQuickWindow::afterRendering, window, [&rendered] { ++rendered; },
        Qt::DirectConnection);
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer sinceFrame;
    sinceFrame.start();
    int seen = 0;
    while (rendered < frames && timer.elapsed() < timeoutMs) {
        window->update();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (rendered != seen) {
            seen = rendered;
            sinceFrame.restart();
        } else if (sinceFrame.elapsed() > 1000) {
            (void)widget->grabFramebuffer();
            sinceFrame.restart();
        }
    }
    QObject::disconnect(connection);
    return rendered >= frames;
}

// Share of the map's pixels that differ from the empty map's background.
double drawnShare(const QImage &image, const QRect &mapRect)
{
    const QRgb bg = theme::background.rgb();
    qint64 drawn = 0, total = 0;
    for (int y = mapRect.top(); y <= mapRect.bottom(); y += 2) {
        for (int x = mapRect.left(); x <= mapRect.right(); x += 2) {
            const QRgb c = image.pixel(x, y);
            ++total;
            if (std::abs(qRed(c) - qRed(bg)) + std::abs(qGreen(c) - qGreen(bg)) +
                    std::abs(qBlue(c) - qBlue(bg)) >
                24)
                ++drawn;
        }
    }
    return total ? double(drawn) / double(total) : 0;
}

} // namespace

int takeScreenshot(ui::MainWindow &window, const QString &path, const QSize &size)
{
    window.resize(size);
    window.show();
    map::MapView *view = window.mapPage()->mapView();
    // The status bar's data age is part of the picture: wait for the cache summary.
    QElapsedTimer cacheTimer;
    cacheTimer.start();
    while (window.isCacheStatusPending() && cacheTimer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!waitForFrames(view, 3, 15000)) {
        printError(QCoreApplication::translate("main", "The map did not render within 15 s."));
        return 2;
    }
    // Content that arrives while the window is first laid out (the layer legends, the
    // alerts) can make the layout grow the window past the size asked for; it fits again
    // once laid out, so size it once more and let the map render at that size.
    if (window.size() != size) {
        window.resize(size);
        QCoreApplication::processEvents();
        waitForFrames(view, 2, 5000);
    }
    const QImage image = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (image.size() != size) {
        printError(QCoreApplication::translate("main", "The window rendered at %1×%2, not %3×%4.")
                       .arg(image.width())
                       .arg(image.height())
                       .arg(size.width())
                       .arg(size.height()));
        return 2;
    }
    // A map that silently renders blank is the worst failure: refuse to call it a picture.
    if (window.currentPage() == window.mapPage()) {
        const QRect mapRect(view->mapTo(&window, QPoint(0, 0)), view->size());
        if (drawnShare(image, mapRect) < 0.01) {
            printError(
                QCoreApplication::translate(
                    "main", "The map rendered blank with %1; the screenshot was not written.")
                    .arg(view->graphicsBackendName()));
            return 3;
        }
    }
    if (!image.save(path, "PNG")) {
        printError(QCoreApplication::translate("main", "Cannot write the screenshot to %1.")
                       .arg(QFileInfo(path).absoluteFilePath()));
        return 2;
    }
    return 0;
}

} // namespace yiping
