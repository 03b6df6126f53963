#include "mapdata/LayerStyle.h"

#include "Theme.h"
#include "domain/EnumText.h"
#include "domain/Levels.h"
#include "geo/WebMercator.h"
#include "map/HeatLayer.h"
#include "map/LegendEntry.h"
#include "map/PersonFilter.h"
#include "map/Symbols.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace yiping::ui::layerstyle {

QColor siteColour()
{
    return theme::textSecondary.lighter(120);
}

QList<map::SymbolLayer::Symbol> personSymbols(const QList<store::PersonPoint> &persons,
                                              const PersonFilter &filter, QList<int> *personIndex)
{
    QList<map::SymbolLayer::Symbol> out;
    out.reserve(persons.size());
    personIndex->clear();
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const store::PersonPoint &p = persons[i];
        if (!filter.accepts(p.category, p.risk, p.status))
            continue;
        map::SymbolLayer::Symbol s;
        s.mercator = geo::WebMercator::project(p.lonLat);
        s.color = map::riskColour(p.risk);
        s.shape = quint8(map::personSymbol(p.category));
        s.level = quint8(std::clamp(p.risk, 0, 4));
        out.append(s);
        personIndex->append(int(i));
    }
    return out;
}

QList<map::SymbolLayer::Symbol> siteSymbols(const QList<store::SitePoint> &sites)
{
    QList<map::SymbolLayer::Symbol> out;
    out.reserve(sites.size());
    for (const store::SitePoint &p : sites) {
        map::SymbolLayer::Symbol s;
        s.mercator = geo::WebMercator::project(p.lonLat);
        s.color = siteColour();
        s.shape = quint8(map::siteSymbol(p.kind));
        s.level = quint8(std::clamp(p.risk, 0, 4));
        if (p.risk > 0) {
            QColor halo = map::riskColour(p.risk);
            halo.setAlpha(150);
            s.halo = halo;
        }
        s.size = 13;
        out.append(s);
    }
    return out;
}

QList<map::SymbolLayer::Symbol> eventSymbols(const QList<store::EventPoint> &events)
{
    QList<map::SymbolLayer::Symbol> out;
    out.reserve(events.size());
    for (const store::EventPoint &e : events) {
        map::SymbolLayer::Symbol s;
        s.mercator = e.mercator;
        s.color = map::eventSourceColour(e.source);
        s.shape = quint8(map::Shape::Circle);
        s.level = quint8(std::clamp(e.severity, 0, 4));
        s.size = float(6 + 2 * std::clamp(e.severity, 1, 4));
        out.append(s);
    }
    return out;
}

QIcon symbolIcon(map::Shape shape, const QColor &colour, const QColor &halo)
{
    constexpr int side = 16;
    QPixmap pixmap(side * 2, side * 2); // drawn at 2× so it stays sharp on HiDPI
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(side / 2.0, side / 2.0);
    if (halo.isValid() && halo.alpha() > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawEllipse(c, side / 2.0, side / 2.0);
    }
    p.setPen(QPen(theme::symbolOutline, 1));
    p.setBrush(colour);
    p.drawPolygon(map::shapeOutline(shape, c, side / 2.0 - 2.5));
    return QIcon(pixmap);
}

QList<LegendEntry> riskLegend()
{
    QList<LegendEntry> out;
    // The colour says the level, and its name says it again (colour is never the only code).
    for (int level = domain::Levels::kHighest; level >= 1; --level)
        out.append({map::riskColour(level), LegendEntry::Point, {}, domain::Levels::name(level)});
    return out;
}

QList<LegendEntry> personLegend()
{
    QList<LegendEntry> out = riskLegend();
    for (domain::PersonCategory c : PersonFilter::knownCategories())
        out.append({{},
                    LegendEntry::Swatch,
                    symbolIcon(map::personSymbol(c), theme::textSecondary),
                    domain::EnumText::of(c)});
    out.append({{},
                LegendEntry::Swatch,
                {},
                QCoreApplication::translate("LayerStyle",
                                            "Numbered disc: a cluster, in its highest risk")});
    return out;
}

QList<LegendEntry> siteLegend()
{
    QList<LegendEntry> out;
    for (int level = 4; level >= 1; --level) {
        QColor halo = map::riskColour(level);
        halo.setAlpha(150);
        out.append({{},
                    LegendEntry::Swatch,
                    symbolIcon(map::Shape::Circle, siteColour(), halo),
                    QCoreApplication::translate("LayerStyle", "Halo: %1")
                        .arg(domain::Levels::name(level))});
    }
    for (int k = 0; k < int(domain::SiteKind::Unknown); ++k) {
        const auto kind = domain::SiteKind(k);
        out.append({{},
                    LegendEntry::Swatch,
                    symbolIcon(map::siteSymbol(kind), siteColour()),
                    domain::EnumText::of(kind)});
    }
    return out;
}

QList<LegendEntry> eventLegend()
{
    QList<LegendEntry> out;
    for (int s = 0; s < int(domain::EventSource::Unknown); ++s) {
        const auto source = domain::EventSource(s);
        out.append(
            {map::eventSourceColour(source), LegendEntry::Point, {}, domain::EnumText::of(source)});
    }
    out.append(
        {{},
         LegendEntry::Swatch,
         {},
         QCoreApplication::translate("LayerStyle", "Dot size: severity · from street zoom")});
    return out;
}

QList<LegendEntry> heatLegend(const QString &windowText)
{
    return {{{}, LegendEntry::Swatch, {}, windowText},
            {QColor::fromRgba(map::HeatLayer::colourAt(0.15)),
             LegendEntry::Swatch,
             {},
             QCoreApplication::translate("LayerStyle", "Few events")},
            {QColor::fromRgba(map::HeatLayer::colourAt(0.55)),
             LegendEntry::Swatch,
             {},
             QCoreApplication::translate("LayerStyle", "Many events")},
            {QColor::fromRgba(map::HeatLayer::colourAt(1.0)),
             LegendEntry::Swatch,
             {},
             QCoreApplication::translate("LayerStyle", "Most events")}};
}

QList<LegendEntry> alertLegend()
{
    // An alert's level is one of the four levels a risk is: the same names and colours.
    QList<LegendEntry> out;
    for (int level = domain::Levels::kHighest; level >= 1; --level) {
        const QString name = domain::Levels::name(level);
        out.append({map::riskColour(level),
                    LegendEntry::Point,
                    {},
                    level == domain::Levels::kHighest
                        ? QCoreApplication::translate("LayerStyle", "%1 (pulsing)").arg(name)
                        : name});
    }
    return out;
}

} // namespace yiping::ui::layerstyle
