#pragma once

#include "store/MapData.h"

#include <QComboBox>

namespace yiping::ui {

// What the grid layer colours regions by (events per 1,000 residents, open disputes, …).
class MetricChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit MetricChooser(QWidget *parent = nullptr);

    store::RegionMetric metric() const;
    // Shows `metric` without emitting metricChanged.
    void setMetric(store::RegionMetric metric);

Q_SIGNALS:
    void metricChanged(yiping::store::RegionMetric metric);
};

} // namespace yiping::ui
