#include "map/MetricChooser.h"

#include "mapdata/MetricName.h"

namespace yiping::ui {

MetricChooser::MetricChooser(QWidget *parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Colour regions by"));
    setToolTip(tr("Colour regions by"));
    for (const store::RegionMetric m : store::kRegionMetrics)
        addItem(metricName(m), int(m));
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT metricChanged(metric()); });
}

store::RegionMetric MetricChooser::metric() const
{
    return store::RegionMetric(currentData().toInt());
}

void MetricChooser::setMetric(store::RegionMetric metric)
{
    setCurrentIndex(findData(int(metric)));
}

} // namespace yiping::ui
