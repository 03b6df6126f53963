#include "map/Symbols.h"

#include "Theme.h"

#include <cmath>
#include <numbers>

namespace yiping::map {

Shape personSymbol(domain::PersonCategory category)
{
    using C = domain::PersonCategory;
    switch (category) {
    case C::CommunityCorrection:
        return Shape::Square;
    case C::ReleasedPrisoner:
        return Shape::Diamond;
    case C::DrugUser:
        return Shape::Triangle;
    case C::MentalDisorder:
        return Shape::Hexagon;
    case C::Petitioner:
        return Shape::Pin;
    case C::AtRiskYouth:
        return Shape::TriangleDown;
    case C::CultMember:
        return Shape::Star;
    case C::Other:
    case C::Unknown:
        break;
    }
    return Shape::Circle;
}

Shape siteSymbol(domain::SiteKind kind)
{
    using K = domain::SiteKind;
    switch (kind) {
    case K::School:
        return Shape::Pentagon;
    case K::Hospital:
        return Shape::Cross;
    case K::Hazmat:
    case K::Gas:
        return Shape::Triangle;
    case K::TransportHub:
        return Shape::Square;
    case K::Entertainment:
    case K::Power:
        return Shape::Star;
    case K::RentalHousing:
        return Shape::Diamond;
    case K::Religious:
        return Shape::Hexagon;
    case K::Government:
        return Shape::Pin;
    case K::Water:
        return Shape::TriangleDown;
    case K::Market:
    case K::Other:
    case K::Unknown:
        break;
    }
    return Shape::Circle;
}

QColor riskColour(int level)
{
    switch (level) {
    case 4:
        return theme::levelRed;
    case 3:
        return theme::levelOrange;
    case 2:
        return theme::levelYellow;
    case 1:
        return theme::levelBlue;
    default:
        return theme::textSecondary;
    }
}

QColor eventSourceColour(domain::EventSource source)
{
    // The categorical palette: hues clear of the four warning colours and of the accent.
    using S = domain::EventSource;
    switch (source) {
    case S::Police:
        return theme::category1;
    case S::Grid:
        return theme::category2;
    case S::Opinion:
        return theme::category3;
    case S::Hotline:
        return theme::category4;
    case S::Sensor:
        return theme::category5;
    case S::Unknown:
        break;
    }
    return theme::textSecondary;
}

QPolygonF shapeOutline(Shape shape, const QPointF &centre, double radius)
{
    const auto regular = [&](int sides, double startDegrees, double r) {
        QPolygonF out;
        out.reserve(sides);
        for (int i = 0; i < sides; ++i) {
            const double a = (startDegrees + 360.0 * i / sides) * std::numbers::pi / 180;
            out.append(centre + QPointF(std::cos(a), std::sin(a)) * r);
        }
        return out;
    };
    switch (shape) {
    case Shape::Circle:
        // Small dots need fewer segments; 20,000 of them are vertices the rasteriser pays for.
        return regular(radius < 9 ? 10 : 16, 0, radius);
    case Shape::Square:
        return regular(4, 45, radius * 0.92); // a little smaller: same visual weight
    case Shape::Triangle:
        return regular(3, -90, radius * 1.1);
    case Shape::TriangleDown:
        return regular(3, 90, radius * 1.1);
    case Shape::Diamond:
        return regular(4, -90, radius);
    case Shape::Hexagon:
        return regular(6, 0, radius);
    case Shape::Pentagon:
        return regular(5, -90, radius);
    case Shape::Star: {
        QPolygonF out;
        for (int i = 0; i < 10; ++i) {
            const double r = i % 2 ? radius * 0.45 : radius * 1.1;
            const double a = (-90 + 36.0 * i) * std::numbers::pi / 180;
            out.append(centre + QPointF(std::cos(a), std::sin(a)) * r);
        }
        return out;
    }
    case Shape::Cross: {
        const double a = radius * 0.95, b = radius * 0.36;
        return QPolygonF({centre + QPointF(-b, -a), centre + QPointF(b, -a),
                          centre + QPointF(b, -b), centre + QPointF(a, -b), centre + QPointF(a, b),
                          centre + QPointF(b, b), centre + QPointF(b, a), centre + QPointF(-b, a),
                          centre + QPointF(-b, b), centre + QPointF(-a, b),
                          centre + QPointF(-a, -b), centre + QPointF(-b, -b)});
    }
    case Shape::Pin: {
        // A teardrop: a round head over a point, centred on the head (star-shaped from it).
        QPolygonF out;
        const double r = radius * 0.8;
        for (int i = 0; i <= 12; ++i) {
            const double a = (-60 + 300.0 * i / 12) * std::numbers::pi / 180; // open at the bottom
            out.append(centre + QPointF(std::cos(a), -std::sin(a)) * r + QPointF(0, -radius * 0.2));
        }
        out.append(centre + QPointF(0, radius * 1.1));
        return out;
    }
    }
    return regular(16, 0, radius);
}

} // namespace yiping::map
