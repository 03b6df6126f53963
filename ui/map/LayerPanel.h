#pragma once

#include "map/LegendEntry.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QVBoxLayout;

namespace yiping::map {
class LayerRegistry;
}

namespace yiping::ui {

class LayerListModel;
class LayerSection;

// 图层: the map's layers, each with a visibility check box, an opacity slider (0–100%),
// its filter controls and its legend. The state lives in a LayerListModel; the panel
// shows one section per row and re-emits the model's changes. Following a map's
// LayerRegistry, a row's key is a group of the map's layers: its switch and slider act
// on the group, and its legend is the one the map holds for it.
class LayerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LayerPanel(QWidget *parent = nullptr);

    // Set before the rows are added: each row then sets its group's state as it is added.
    void followRegistry(map::LayerRegistry *registry);

    void addLayer(const QString &key, const QString &title, bool visible, double opacity);
    void setLegend(const QString &key, const QList<LegendEntry> &legend);
    // The panel takes ownership; a previous filter widget of that layer is deleted.
    void setFilterWidget(const QString &key, QWidget *widget);

    // Named sets of the layers shown (综合态势, 人员…), chosen from a list under the title:
    // choosing one shows its layers and hides the others; switching a layer by hand makes
    // the list read 自定义 until the layers match a preset again.
    void addPreset(const QString &title, const QSet<QString> &shown);
    void choosePreset(int index);
    QComboBox *presetBox() const { return m_presets; }

    LayerListModel *model() const { return m_model; }
    LayerSection *section(const QString &key) const { return m_sections.value(key); }

Q_SIGNALS:
    void visibilityChanged(const QString &key, bool visible);
    void opacityChanged(const QString &key, double opacity);

private:
    void addSections(int first, int last);
    void showMatchingPreset();

    LayerListModel *m_model;
    QVBoxLayout *m_list;
    QHash<QString, LayerSection *> m_sections;
    map::LayerRegistry *m_registry = nullptr;
    QComboBox *m_presets;
    QList<QSet<QString>> m_presetLayers;
    bool m_applying = false;
};

} // namespace yiping::ui
