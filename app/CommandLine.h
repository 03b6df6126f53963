#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace yiping::app {

// Prints "yiping: MESSAGE" on stderr and returns the exit code of a failed command.
inline int fail(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return 1;
}

} // namespace yiping::app
