#include "map/LayerPanel.h"

#include "map/LayerListModel.h"
#include "map/LayerRegistry.h"
#include "map/LayerSection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace yiping::ui {

LayerPanel::LayerPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LayerListModel(this))
    , m_presets(new QComboBox(this))
{
    setObjectName(QStringLiteral("layerPanel"));
    setStyleSheet(QStringLiteral(
        "QWidget#layerPanel { background: #10243D; }"
        "QLabel#panelTitle { font-weight: 600; font-size: 15px; padding: 8px 10px 4px 10px; }"
        "QFrame#layerSection { border: none; border-bottom: 1px solid #24446A; }"
        "QLabel#layerOpacityText { color: #8FA6C2; }"));

    auto *title = new QLabel(tr("Layers"), this);
    title->setObjectName(QStringLiteral("panelTitle"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("layerList"));
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(0);
    m_list->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(title);
    m_presets->setObjectName(QStringLiteral("layerPresets"));
    m_presets->setToolTip(tr("Layers that read together"));
    m_presets->setVisible(false);
    auto *presets = new QHBoxLayout;
    presets->setContentsMargins(10, 0, 10, 6);
    presets->addWidget(m_presets);
    layout->addLayout(presets);
    connect(m_presets, &QComboBox::activated, this, &LayerPanel::choosePreset);
    layout->addWidget(scroll, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { addSections(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    if (LayerSection *s = m_sections.value(m_model->layer(row).key))
                        s->refresh();
            });
    connect(m_model, &LayerListModel::visibilityChanged, this, &LayerPanel::visibilityChanged);
    connect(m_model, &LayerListModel::visibilityChanged, this, &LayerPanel::showMatchingPreset);
    connect(m_model, &LayerListModel::opacityChanged, this, &LayerPanel::opacityChanged);
}

void LayerPanel::addPreset(const QString &title, const QSet<QString> &shown)
{
    // The 自定义 entry, last, appears only while no preset matches.
    if (m_presetLayers.isEmpty())
        m_presets->addItem(tr("Custom"));
    m_presets->insertItem(int(m_presetLayers.size()), title);
    m_presetLayers.append(shown);
    m_presets->setVisible(true);
    showMatchingPreset();
}

void LayerPanel::choosePreset(int index)
{
    if (index < 0 || index >= m_presetLayers.size())
        return;
    m_applying = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString key = m_model->layer(row).key;
        m_model->setVisible(key, m_presetLayers[index].contains(key));
    }
    m_applying = false;
    showMatchingPreset();
}

void LayerPanel::showMatchingPreset()
{
    if (m_applying || m_presetLayers.isEmpty())
        return;
    QSet<QString> shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->layer(row).visible)
            shown.insert(m_model->layer(row).key);
    const qsizetype match = m_presetLayers.indexOf(shown);
    m_presets->setCurrentIndex(match >= 0 ? int(match) : int(m_presetLayers.size()));
}

void LayerPanel::addSections(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QString key = m_model->layer(row).key;
        auto *section = new LayerSection(m_model, key);
        m_sections.insert(key, section);
        m_list->insertWidget(row, section); // before the stretch, in model order
    }
}

void LayerPanel::followRegistry(map::LayerRegistry *registry)
{
    m_registry = registry;
    connect(m_model, &LayerListModel::visibilityChanged, registry,
            &map::LayerRegistry::setGroupVisible);
    connect(m_model, &LayerListModel::opacityChanged, registry,
            &map::LayerRegistry::setGroupOpacity);
    connect(registry, &map::LayerRegistry::legendChanged, this,
            [this](const QString &group) { m_model->setLegend(group, m_registry->legend(group)); });
}

void LayerPanel::addLayer(const QString &key, const QString &title, bool visible, double opacity)
{
    m_model->addLayer(key, title, visible, opacity);
    if (!m_registry)
        return;
    m_registry->setGroupVisible(key, visible);
    m_registry->setGroupOpacity(key, opacity);
    m_model->setLegend(key, m_registry->legend(key));
}

void LayerPanel::setLegend(const QString &key, const QList<LegendEntry> &legend)
{
    m_model->setLegend(key, legend);
}

void LayerPanel::setFilterWidget(const QString &key, QWidget *widget)
{
    if (LayerSection *s = m_sections.value(key))
        s->setFilterWidget(widget);
    else
        delete widget; // owned, and there is nowhere to show it
}

} // namespace yiping::ui
