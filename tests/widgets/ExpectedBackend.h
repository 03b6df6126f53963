#pragma once

#include <QByteArray>
#include <QQuickWindow>
#include <QSGRendererInterface>

// The Qt Quick backend a map test run was registered for (ctest sets
// YIPING_EXPECT_BACKEND=opengl or software): a run that silently fell back to another
// backend would prove nothing about the one it is for, so each suite compares it with the
// backend it got in initTestCase.
struct ExpectedBackend
{
    bool known = false;    // the variable names a backend
    bool software = false; // it names the software adaptation
    QSGRendererInterface::GraphicsApi api = QSGRendererInterface::Unknown;

    static ExpectedBackend fromEnvironment()
    {
        const QByteArray name = qgetenv("YIPING_EXPECT_BACKEND");
        ExpectedBackend b;
        b.known = name == "opengl" || name == "software";
        b.software = name == "software";
        b.api = b.software ? QSGRendererInterface::Software : QSGRendererInterface::OpenGL;
        return b;
    }

    bool matches(QQuickWindow *window) const
    {
        return known && window->rendererInterface()->graphicsApi() == api;
    }
};
