#pragma once

#include "map/LegendEntry.h"
#include "map/SymbolLayer.h"
#include "store/MapData.h"

#include <QIcon>

namespace yiping::ui {

struct PersonFilter;

// How the map's point layers look, in one place so that the map, its legends and every
// list use the same shape and colour for the same thing: the shape says the category or
// kind, the colour (or halo) says the risk level, with its numeral in the legend.
namespace layerstyle {

// Key persons that pass the filter, and for each symbol the index of its person.
QList<map::SymbolLayer::Symbol> personSymbols(const QList<store::PersonPoint> &persons,
                                              const PersonFilter &filter, QList<int> *personIndex);
// Key sites: the kind's shape in a neutral colour over a halo of the risk level's colour.
QList<map::SymbolLayer::Symbol> siteSymbols(const QList<store::SitePoint> &sites);
// Events: circles in the source's colour, larger with severity.
QList<map::SymbolLayer::Symbol> eventSymbols(const QList<store::EventPoint> &events);

QColor siteColour();
// A small picture of a symbol for legends and lists.
QIcon symbolIcon(map::Shape shape, const QColor &colour, const QColor &halo = {});

QList<LegendEntry> riskLegend();
QList<LegendEntry> personLegend();
QList<LegendEntry> siteLegend();
QList<LegendEntry> eventLegend();
QList<LegendEntry> heatLegend(const QString &windowText);
QList<LegendEntry> alertLegend();

} // namespace layerstyle
} // namespace yiping::ui
