#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace yiping {

bool installTranslations(QCoreApplication &app, const QString &language, QString *error)
{
    const QStringList shipped = {QStringLiteral("zh_CN"), QStringLiteral("en")};
    if (!shipped.contains(language)) {
        *error = QCoreApplication::translate("main", "Unknown language '%1' (available: %2)")
                     .arg(language, shipped.join(QStringLiteral(", ")));
        return false;
    }
    QLocale::setDefault(QLocale(language));

    // A language chosen on the command line replaces the default one installed first (so
    // that argument errors are in Chinese): with both, Qt's own messages (TLS errors,
    // standard buttons) would stay in the language installed first.
    for (QTranslator *earlier : app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }

    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/yiping_") + language)) {
        *error = QCoreApplication::translate("main", "The %1 catalogue is missing from this build")
                     .arg(language);
        return false;
    }
    QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, shortcuts); absent catalogues are not an error.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

} // namespace yiping
