#include "map/LayerSection.h"

#include "map/LayerListModel.h"
#include "map/LegendView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace yiping::ui {

LayerSection::LayerSection(LayerListModel *model, const QString &key, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_key(key)
    , m_expand(new QToolButton(this))
    , m_visible(new QCheckBox(this))
    , m_opacity(new QSlider(Qt::Horizontal, this))
    , m_opacityText(new QLabel(this))
    , m_body(new QWidget(this))
    , m_bodyLayout(new QVBoxLayout(m_body))
    , m_legend(new LegendView(m_body))
{
    setObjectName(QStringLiteral("layerSection"));

    m_expand->setAutoRaise(true);
    m_expand->setCheckable(true);
    m_expand->setToolTip(tr("Show or hide the filter and legend"));
    m_opacity->setRange(0, 100);
    m_opacity->setSingleStep(5);
    m_opacity->setPageStep(10);
    m_opacity->setFixedWidth(80);
    m_opacityText->setMinimumWidth(
        m_opacityText->fontMetrics().horizontalAdvance(QStringLiteral("100%")));
    m_opacityText->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_opacityText->setObjectName(QStringLiteral("layerOpacityText"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(4);
    header->addWidget(m_expand);
    header->addWidget(m_visible, 1);
    header->addWidget(m_opacity);
    header->addWidget(m_opacityText);

    m_bodyLayout->setContentsMargins(26, 2, 4, 6); // under the title, past the arrow
    m_bodyLayout->setSpacing(6);
    m_bodyLayout->addWidget(m_legend);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_body);

    connect(m_visible, &QCheckBox::toggled, this,
            [this](bool on) { m_model->setVisible(m_key, on); });
    connect(m_opacity, &QSlider::valueChanged, this,
            [this](int percent) { m_model->setOpacity(m_key, percent / 100.0); });
    connect(m_expand, &QToolButton::toggled, this, &LayerSection::setExpanded);

    refresh();
    setExpanded(m_model->layer(m_model->rowOf(m_key)).visible);
}

void LayerSection::refresh()
{
    const int row = m_model->rowOf(m_key);
    if (row < 0)
        return;
    const LayerListModel::Layer &l = m_model->layer(row);
    const QSignalBlocker blockVisible(m_visible), blockOpacity(m_opacity);
    m_visible->setText(l.title);
    m_visible->setChecked(l.visible);
    const int percent = int(std::lround(l.opacity * 100));
    m_opacity->setValue(percent);
    m_opacity->setEnabled(l.visible);
    m_opacity->setAccessibleName(tr("Opacity of %1").arg(l.title));
    m_opacity->setToolTip(tr("Opacity of %1").arg(l.title));
    m_opacityText->setText(tr("%1%").arg(percent));
    m_opacityText->setEnabled(l.visible);
    m_legend->setEntries(l.legend);
    m_expand->setVisible(m_filter || !l.legend.isEmpty());
}

void LayerSection::setFilterWidget(QWidget *widget)
{
    if (m_filter == widget)
        return;
    delete m_filter;
    m_filter = widget;
    if (m_filter)
        m_bodyLayout->insertWidget(0, m_filter);
    refresh();
}

void LayerSection::setExpanded(bool expanded)
{
    const QSignalBlocker block(m_expand);
    m_expand->setChecked(expanded);
    m_expand->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

bool LayerSection::isExpanded() const
{
    return m_expand->isChecked();
}

} // namespace yiping::ui
