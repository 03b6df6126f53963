#pragma once

#include "Page.h"
#include "geo/Boundary.h"

namespace yiping::map {
class MapView;
}

namespace yiping::ui {

// 地图: the city on the map with its districts.
class MapPage : public Page
{
    Q_OBJECT

public:
    explicit MapPage(const QList<geo::Boundary> &districts, QWidget *parent = nullptr);

    QString name() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Map"); }

    map::MapView *mapView() const { return m_view; }

private:
    map::MapView *m_view;
};

} // namespace yiping::ui
