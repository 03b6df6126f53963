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

QString metricUnit(store::RegionMetric metric)
{
    using M = store::RegionMetric;
    switch (metric) {
    case M::EventsPerThousand:
        return QCoreApplication::translate("MetricName", "‰");
    case M::OpenEvents:
        return QCoreApplication::translate("MetricName", "events");
    case M::OpenDisputes:
        return QCoreApplication::translate("MetricName", "disputes");
    case M::KeyPersonRisk:
        return QCoreApplication::translate("MetricName", "risk points");
    case M::SurveyScore:
        return QCoreApplication::translate("MetricName", "points of 100");
    case M::OpenAlerts:
        return QCoreApplication::translate("MetricName", "alerts");
    }
    return {};
}

QString metricTitle(store::RegionMetric metric)
{
    return QCoreApplication::translate("MetricName", "%1 (%2)")
        .arg(metricName(metric), metricUnit(metric));
}

bool metricHighIsGood(store::RegionMetric metric)
{
    return metric == store::RegionMetric::SurveyScore;
}

} // namespace yiping::ui
