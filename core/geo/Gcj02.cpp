#include "geo/Gcj02.h"

#include <cmath>
#include <numbers>

namespace yiping::geo::Gcj02 {

namespace {

// The datum's parameters: Krasovsky 1940 ellipsoid.
constexpr double kA = 6378245.0;
constexpr double kEe = 0.00669342162296594323;
constexpr double kPi = std::numbers::pi;

double offsetLat(double x, double y)
{
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

} // namespace

bool isInChina(const QPointF &p)
{
    return p.x() >= 72.004 && p.x() <= 137.8347 && p.y() >= 0.8293 && p.y() <= 55.8271;
}

QPointF fromWgs84(const QPointF &wgs)
{
    if (!isInChina(wgs))
        return wgs;
    const double x = wgs.x() - 105.0, y = wgs.y() - 35.0;
    const double radLat = wgs.y() / 180.0 * kPi;
    const double s = std::sin(radLat);
    const double magic = 1 - kEe * s * s;
    const double sqrtMagic = std::sqrt(magic);
    const double dLat = offsetLat(x, y) * 180.0 / ((kA * (1 - kEe)) / (magic * sqrtMagic) * kPi);
    const double dLon = offsetLon(x, y) * 180.0 / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return {wgs.x() + dLon, wgs.y() + dLat};
}

QPointF toWgs84(const QPointF &gcj)
{
    if (!isInChina(gcj))
        return gcj;
    // The forward map is smooth and close to a translation, so fixed-point iteration on
    // the residual converges in a few steps.
    QPointF wgs = gcj;
    for (int i = 0; i < 30; ++i) {
        const QPointF residual = gcj - fromWgs84(wgs);
        wgs += residual;
        if (std::abs(residual.x()) < 1e-10 && std::abs(residual.y()) < 1e-10)
            break;
    }
    return wgs;
}

} // namespace yiping::geo::Gcj02
