// The map page's exports: the map as a large PNG or as a PDF, to a file the user picks.
#include "MapPage.h"

#include "map/MapView.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace yiping::ui {

void MapPage::exportImage()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map as Image"),
                                                      dir + QStringLiteral("/yiping-map.png"),
                                                      tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->exportImage(path, QSize(4000, 2500), &error))
        Q_EMIT message(tr("The map was not exported: %1").arg(error));
    else
        Q_EMIT message(tr("Map exported to %1").arg(path));
}

void MapPage::exportPdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map as PDF"),
                                                      dir + QStringLiteral("/yiping-map.pdf"),
                                                      tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->exportPdf(path, &error))
        Q_EMIT message(tr("The map was not exported: %1").arg(error));
    else
        Q_EMIT message(tr("Map exported to %1").arg(path));
}

} // namespace yiping::ui
