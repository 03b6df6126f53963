#pragma once

#include <QString>

class QCoreApplication;

namespace yiping {

// Installs the UI language: Yiping's own catalogue and Qt's, and the matching locale.
// Returns false with *error set when the language is not one Yiping ships.
bool installTranslations(QCoreApplication &app, const QString &language, QString *error);

} // namespace yiping
