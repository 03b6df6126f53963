#include "TimeWindowBar.h"

#include "EventHistogram.h"
#include "TimeRangeDialog.h"
#include "TimeText.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace yiping::widgets {

TimeWindowBar::TimeWindowBar(workspace::TimeWindowModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_presets(new QButtonGroup(this))
    , m_range(new QLabel(this))
    , m_histogram(new EventHistogram(this))
{
    setObjectName(QStringLiteral("timeWindowBar"));
    setStyleSheet(QStringLiteral(
        "QPushButton#timePreset { padding: 3px 10px; border-radius: 0; }"
        "QPushButton#timePreset:checked { background: #1B6C8F; border-color: #22D3EE; }"
        "QPushButton#timePreset:focus { border-color: #22D3EE; }"));

    const QList<QPair<Preset, QString>> presets = {
        {Preset::Last24Hours, tr("Last 24 h")},   {Preset::Last7Days, tr("Last 7 days")},
        {Preset::Last30Days, tr("Last 30 days")}, {Preset::Last12Months, tr("Last 12 months")},
        {Preset::Custom, tr("Custom…")},
    };
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    for (const auto &[preset, text] : presets) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("timePreset"));
        button->setCheckable(true);
        m_presets->addButton(button, int(preset));
        buttons->addWidget(button);
    }
    m_presets->setExclusive(true);
    m_range->setObjectName(QStringLiteral("timeRange"));
    m_range->setFont(timetext::tabular(m_range->font()));
    m_range->setStyleSheet(QStringLiteral("color: #8FA6C2;"));
    // The dates give way (cut at the left) before the presets on a narrow window.
    m_range->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buttons->addWidget(m_range, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_histogram);

    connect(m_presets, &QButtonGroup::idClicked, this, [this](int id) {
        if (Preset(id) == Preset::Custom) {
            // Lit only once a custom window is accepted.
            showModel();
            openCustomDialog();
        } else
            m_model->choosePreset(Preset(id));
    });
    connect(m_histogram, &EventHistogram::rangePicked, m_model,
            &workspace::TimeWindowModel::chooseRange);
    connect(m_model, &workspace::TimeWindowModel::windowChanged, this, &TimeWindowBar::showModel);
    connect(m_model, &workspace::TimeWindowModel::presetChanged, this, &TimeWindowBar::showModel);
    showModel();
}

QAbstractButton *TimeWindowBar::presetButton(Preset preset) const
{
    return m_presets->button(int(preset));
}

void TimeWindowBar::setHistogram(QList<int> counts, qint64 from, qint64 to)
{
    m_histogram->setHistogram(std::move(counts), from, to);
}

void TimeWindowBar::showModel()
{
    const store::TimeWindow window = m_model->window();
    presetButton(m_model->preset())->setChecked(true);
    m_range->setText(
        tr("%1 – %2").arg(timetext::dateTime(window.from), timetext::dateTime(window.to)));
    m_histogram->setWindow(window);
}

void TimeWindowBar::openCustomDialog()
{
    auto *dialog = new TimeRangeDialog(m_model->window(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const store::TimeWindow w = dialog->window();
        m_model->chooseRange(w.from, w.to);
    });
    dialog->open();
}

} // namespace yiping::widgets
