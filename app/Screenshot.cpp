#include "Screenshot.h"

#include "MainWindow.h"
#include "MapPage.h"
#include "Theme.h"
#include "map/MapView.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>
#include <QTextStream>

namespace yiping {

namespace {

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

// Waits until the Quick scene has rendered a few frames at the window's final size.
bool waitForFrames(QQuickWindow *window, int frames, int timeoutMs)
{
    int rendered = 0;
    auto connection = QObject::connect(
        window, &QQuickWindow::afterRendering, window, [&rendered] { ++rendered; },
        Qt::DirectConnection);
    QElapsedTimer timer;
    timer.start();
    while (rendered < frames && timer.elapsed() < timeoutMs) {
        window->update();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
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
    // Only the map page draws through Qt Quick: what may render late, or blank.
    const auto *mapPage = qobject_cast<const ui::MapPage *>(window.currentPage());
    map::MapView *view = mapPage ? mapPage->mapView() : nullptr;
    // The status bar's data age is part of the picture: wait for the cache summary.
    QElapsedTimer cacheTimer;
    cacheTimer.start();
    while (window.isCacheStatusPending() && cacheTimer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (view && !waitForFrames(view->quickWindow(), 3, 15000)) {
        printError(QCoreApplication::translate("main", "The map did not render within 15 s."));
        return 2;
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
    if (view) {
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
