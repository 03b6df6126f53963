#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace yiping::ui {

class LayerListModel;
class LegendView;

// One layer in the layer panel: a visibility check box with the layer's name, an opacity
// slider, and below them (folded away on request) its filter controls and legend. Reads
// and writes the layer's row of the model.
class LayerSection : public QFrame
{
    Q_OBJECT

public:
    LayerSection(LayerListModel *model, const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // Shows the model's state (after a change from anywhere).
    void refresh();
    // The layer's own controls (e.g. which persons); owned by the section from now on.
    void setFilterWidget(QWidget *widget);
    void setExpanded(bool expanded);
    bool isExpanded() const;

    QCheckBox *visibilityBox() const { return m_visible; }
    QSlider *opacitySlider() const { return m_opacity; }
    LegendView *legend() const { return m_legend; }

private:
    LayerListModel *m_model;
    QString m_key;
    QToolButton *m_expand;
    QCheckBox *m_visible;
    QSlider *m_opacity;
    QLabel *m_opacityText;
    QWidget *m_body;
    QVBoxLayout *m_bodyLayout;
    QWidget *m_filter = nullptr;
    LegendView *m_legend;
};

} // namespace yiping::ui
