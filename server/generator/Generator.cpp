#include "Generator.h"

#include "CaseGenerator.h"
#include "Clock.h"
#include "DisputeGenerator.h"
#include "EventGenerator.h"
#include "PersonGenerator.h"
#include "RegionGenerator.h"
#include "RelationGenerator.h"
#include "ReportGenerator.h"
#include "SiteGenerator.h"
#include "TrackGenerator.h"
#include "World.h"

#include "city/CityManifest.h"

#include <QDateTime>

namespace yiping::gen {

qint64 Generator::defaultNow()
{
    return fromLocalDate(2026, 11, 27) + 8 * kHour;
}

bool Generator::parseNow(const QString &text, qint64 *out)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return false;
    *out = t.toSecsSinceEpoch();
    return true;
}

bool Generator::run(const GeneratorOptions &options, QString *error)
{
    World world;
    if (!Scale::byName(options.scale.toUtf8(), &world.scale)) {
        *error = QStringLiteral("unknown scale '%1' (small, city or stress)").arg(options.scale);
        return false;
    }
    world.seed = options.seed;
    world.now = options.now;

    CityManifest city;
    if (!CityManifest::load(options.cityDir, &city, error))
        return false;
    if (!RegionGenerator::build(world, city, error))
        return false;
    PersonGenerator::build(world);
    SiteGenerator::build(world);

    DatasetWriter out;
    if (!out.open(options.outPath, error))
        return false;
    QByteArray header;
    {
        Json j(header);
        j.beginObject();
        j.key("format").str("yiping-dataset");
        j.key("version").integer(1);
        j.key("scale").str(world.scale.name);
        j.key("seed").raw(QByteArray::number(world.seed));
        j.key("now").time(world.now);
        j.key("city").beginObject();
        j.key("code").str(city.code.toUtf8());
        j.key("name").str(city.name.toUtf8());
        j.key("crs").str(city.crs.toUtf8());
        j.key("center").lonLat(world.center);
        j.endObject();
        j.endObject();
    }
    out.writeHeader(header);
    RegionGenerator::write(world, out);
    PersonGenerator::write(world, out);
    SiteGenerator::writeSites(world, out);
    SiteGenerator::writeOrgs(world, out);
    EventGenerator::write(world, out);
    CaseGenerator::write(world, out);
    DisputeGenerator::writeDisputes(world, out);
    DisputeGenerator::writeServices(world, out);
    TrackGenerator::write(world, out);
    RelationGenerator::write(world, out);
    ReportGenerator::writeSurveys(world, out);
    ReportGenerator::writeAlerts(world, out);
    ReportGenerator::writeAssessments(world, out);
    return out.finish(error);
}

} // namespace yiping::gen
