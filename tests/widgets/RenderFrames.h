#pragma once

#include <QImage>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QTest>

// What a map widget shows once it has rendered `frames` more frames (the layers' scene
// graph is up to date); a null image when it did not render within 10 s.
inline QImage renderFrames(QQuickWidget *view, int frames)
{
    int rendered = 0;
    auto c = QObject::connect(
        view->quickWindow(), &QQuickWindow::afterRendering, view, [&rendered] { ++rendered; },
        Qt::DirectConnection);
    const bool ok = QTest::qWaitFor(
        [&] {
            view->quickWindow()->update();
            return rendered >= frames;
        },
        10000);
    QObject::disconnect(c);
    if (!ok)
        return {};
    return view->grabFramebuffer().convertToFormat(QImage::Format_RGB32);
}
