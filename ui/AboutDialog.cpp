#include "AboutDialog.h"

#include "ui_AboutDialog.h"
#include "yiping/Version.h"

#include <QLocale>

namespace yiping::ui {

AboutDialog::AboutDialog(const CityManifest &city, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->version->setText(
        tr("Version %1 · Qt %2")
            .arg(QStringLiteral(YIPING_VERSION), QString::fromLatin1(qVersion())));

    const bool chinese = QLocale().language() == QLocale::Chinese;
    QString html = QStringLiteral("<h3>") + tr("Data sources of %1").arg(city.name) +
                   QStringLiteral("</h3><ul>");
    for (const DataSource &s : city.sources) {
        html += QStringLiteral("<li><b>") +
                (chinese && !s.whatZh.isEmpty() ? s.whatZh : s.what).toHtmlEscaped() +
                QStringLiteral("</b><br>") + tr("Source: %1").arg(s.origin.toHtmlEscaped()) +
                QStringLiteral("<br>") + tr("Licence: %1").arg(s.licence.toHtmlEscaped()) +
                QStringLiteral("<br>") + s.url.toHtmlEscaped() + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul><p>") +
            tr("Coordinates are in %1. The grid, people, sites, events and cases of the demo "
               "city are generated and fictitious.")
                .arg(city.crs.toHtmlEscaped()) +
            QStringLiteral("</p><p>") +
            tr("Built with Qt (LGPL-3.0), GDAL/OGR (MIT), GEOS (LGPL-2.1), SQLite (public "
               "domain) and Noto Sans CJK (OFL-1.1).") +
            QStringLiteral("</p>");
    m_ui->sources->setHtml(html);
}

AboutDialog::~AboutDialog() = default;

} // namespace yiping::ui
