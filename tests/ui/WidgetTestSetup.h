#pragma once

#include "Theme.h"

#include <QApplication>
#include <QTranslator>

// The side widgets' suites run in the product's dark theme; YIPING_QM=path/to/yiping_zh_CN.qm
// shows them in another language (with YIPING_SHOTS to save what they draw).
namespace widgettest {

inline bool setUpLookAndLanguage()
{
    yiping::theme::applyDark(*qApp);
    if (const QString qm = qEnvironmentVariable("YIPING_QM"); !qm.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        if (!translator->load(qm))
            return false;
        QCoreApplication::installTranslator(translator);
    }
    return true;
}

} // namespace widgettest
