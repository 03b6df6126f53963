#pragma once

#include "workspace/TimeWindowModel.h"

#include <QList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;

namespace yiping::widgets {

class EventHistogram;

// A view of a time window model: its presets as buttons (Custom… opens a dialog), its
// range as text, and the event histogram to drag a range on. Every change goes to the
// model; the bar follows the model, whoever changed it.
class TimeWindowBar : public QWidget
{
    Q_OBJECT

public:
    using Preset = workspace::TimeWindowModel::Preset;

    explicit TimeWindowBar(workspace::TimeWindowModel *model, QWidget *parent = nullptr);

    workspace::TimeWindowModel *model() const { return m_model; }
    void setHistogram(QList<int> counts, qint64 from, qint64 to);

    EventHistogram *histogram() const { return m_histogram; }
    QAbstractButton *presetButton(Preset preset) const;

private:
    void showModel();
    void openCustomDialog();

    workspace::TimeWindowModel *m_model;
    QButtonGroup *m_presets;
    QLabel *m_range;
    EventHistogram *m_histogram;
};

} // namespace yiping::widgets
