#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include "Translations.h"

namespace yiping::app {

// Prints "yiping: MESSAGE" on stderr and returns the exit code of a failed command.
inline int fail(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return 1;
}

// The identity and language of a command that runs without a display (cache, sync):
// the same settings and data paths as the GUI, messages in Chinese (English if the
// catalogue is missing).
inline void setUpCommand(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Yiping"));
    QCoreApplication::setApplicationName(QStringLiteral("yiping"));
    QString ignored;
    installTranslations(app, QStringLiteral("zh_CN"), &ignored);
}

} // namespace yiping::app
