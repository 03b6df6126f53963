// The map page's actions, which the window shows in its menus while the map is the current
// page: the exports, the camera, the basemap and the layer panel.
#include "MapPage.h"

#include "map/MapView.h"
#include "settings/BasemapDialog.h"
#include "settings/BasemapSettingsStore.h"

#include <QAction>
#include <QKeySequence>
#include <QScrollArea>

namespace yiping::ui {

void MapPage::createActions()
{
    const auto action = [this](const QString &text, const QKeySequence &keys) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        return a;
    };
    QAction *image = action(tr("Export Map as &Image…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(image, &QAction::triggered, this, &MapPage::exportImage);
    QAction *pdf =
        action(tr("Export Map as &PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(pdf, &QAction::triggered, this, &MapPage::exportPdf);
    m_fileActions = {image, pdf};

    QAction *fit = action(tr("&Fit to City"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, m_view, &map::MapView::fitToCity);
    QAction *zoomIn = action(tr("Zoom &In"), QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, m_view, &map::MapView::zoomIn);
    QAction *zoomOut = action(tr("Zoom &Out"), QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, m_view, &map::MapView::zoomOut);
    QAction *basemap = action(tr("&Basemap…"), {});
    connect(basemap, &QAction::triggered, this, &MapPage::chooseBasemap);
    // More room for the map when the layers are set as wanted.
    QAction *layers = action(tr("&Layer Panel"), QKeySequence(Qt::CTRL | Qt::Key_L));
    layers->setCheckable(true);
    layers->setChecked(true);
    connect(layers, &QAction::toggled, m_layerScroll, &QWidget::setVisible);
    m_viewActions = {fit, zoomIn, zoomOut, basemap, layers};
}

QList<QAction *> MapPage::pageActions(Place place) const
{
    switch (place) {
    case Place::FileMenu:
        return m_fileActions;
    case Place::ViewMenu:
        return m_viewActions;
    case Place::ToolBar:
        break;
    }
    return {};
}

void MapPage::applyBasemap(const map::BasemapSettings &settings)
{
    QString error;
    if (!m_view->setBasemap(settings, &error))
        Q_EMIT message(tr("The basemap cannot be shown: %1").arg(error));
}

void MapPage::chooseBasemap()
{
    BasemapDialog dialog(m_view->basemap(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    BasemapSettingsStore::save(dialog.settings());
    applyBasemap(dialog.settings());
}

} // namespace yiping::ui
