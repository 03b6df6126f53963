#include "mapdata/MetricName.h"

#include <QCoreApplication>

namespace yiping::ui {

QString metricName(store::RegionMetric metric)
{
    using M = store::RegionMetric;
    switch (metric) {
    case M::EventsPerThousand:
        return QCoreApplication::translate("MetricName", "Events per 1,000 residents");
    case M::OpenEvents:
        return QCoreApplication::translate("MetricName", "Open events");
    case M::OpenDisputes:
        return QCoreApplication::translate("MetricName", "Open disputes");
    case M::KeyPersonRisk:
        return QCoreApplication::translate("MetricName", "Key person risk");
    case M::SurveyScore:
        return QCoreApplication::translate("MetricName", "Sense of safety score");
    case M::OpenAlerts:
        return QCoreApplication::translate("MetricName", "Open alerts");
    }
    return {};
}

} // namespace yiping::ui
