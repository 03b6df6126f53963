#include "Generator.h"
#include "IdNumbers.h"

#include "city/CityManifest.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <geos_c.h>

using namespace yiping;

namespace {

const QStringList kCollections = {
    QStringLiteral("regions"),    QStringLiteral("persons"),  QStringLiteral("sites"),
    QStringLiteral("orgs"),       QStringLiteral("events"),   QStringLiteral("cases"),
    QStringLiteral("disputes"),   QStringLiteral("services"), QStringLiteral("tracks"),
    QStringLiteral("relations"),  QStringLiteral("surveys"),  QStringLiteral("alerts"),
    QStringLiteral("assessments")};

// GEOS through its GeoJSON reader: the test reads the geometry exactly as written.
class Geos
{
public:
    Geos()
        : m_ctx(GEOS_init_r())
        , m_reader(GEOSGeoJSONReader_create_r(m_ctx))
    {}
    ~Geos()
    {
        for (GEOSGeometry *g : std::as_const(m_owned))
            GEOSGeom_destroy_r(m_ctx, g);
        GEOSGeoJSONReader_destroy_r(m_ctx, m_reader);
        GEOS_finish_r(m_ctx);
    }
    GEOSContextHandle_t ctx() const { return m_ctx; }
    GEOSGeometry *read(const QJsonObject &geometry)
    {
        const QByteArray json = QJsonDocument(geometry).toJson(QJsonDocument::Compact);
        return own(GEOSGeoJSONReader_readGeometry_r(m_ctx, m_reader, json.constData()));
    }
    GEOSGeometry *own(GEOSGeometry *g)
    {
        if (g)
            m_owned.append(g);
        return g;
    }
    double area(const GEOSGeometry *g) const
    {
        double a = 0;
        GEOSArea_r(m_ctx, g, &a);
        return a;
    }

private:
    GEOSContextHandle_t m_ctx;
    GEOSGeoJSONReader *m_reader;
    QList<GEOSGeometry *> m_owned;
};

QDateTime parseTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private:
    bool generate(quint64 seed, const QString &path)
    {
        gen::GeneratorOptions options;
        options.scale = QStringLiteral("small");
        options.seed = seed;
        options.outPath = path;
        options.now = gen::Generator::defaultNow();
        options.cityDir = CityManifest::defaultCityDir();
        QString error;
        const bool ok = gen::Generator::run(options, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QJsonObject m_header;
    QHash<QString, QList<QJsonObject>> m_records; // every collection but tracks
    QList<qint64> m_revs;
    QHash<QString, qint64> m_announced, m_counted;
    QStringList m_order;
    QDateTime m_now;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("small-1.ndjson"));
        QVERIFY(generate(1, m_path));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString current;
        bool first = true;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.left(200).constData());
            if (first) {
                m_header = o;
                first = false;
            } else if (o.size() == 2 && o.contains(QLatin1String("collection"))) {
                current = o.value(QLatin1String("collection")).toString();
                m_order.append(current);
                m_announced[current] = o.value(QLatin1String("count")).toInteger();
            } else {
                ++m_counted[current];
                m_revs.append(o.value(QLatin1String("rev")).toInteger());
                if (current != QLatin1String("tracks"))
                    m_records[current].append(o);
            }
        }
        m_now = parseTime(m_header.value(QLatin1String("now")));
    }

    void headerAndSections()
    {
        QCOMPARE(m_header.value(QLatin1String("format")).toString(),
                 QStringLiteral("yiping-dataset"));
        QCOMPARE(m_header.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(m_header.value(QLatin1String("scale")).toString(), QStringLiteral("small"));
        QCOMPARE(m_header.value(QLatin1String("now")).toString(),
                 QStringLiteral("2026-11-27T08:00:00+08:00"));
        const QJsonObject city = m_header.value(QLatin1String("city")).toObject();
        QCOMPARE(city.value(QLatin1String("code")).toString(), QStringLiteral("350300"));
        QCOMPARE(city.value(QLatin1String("crs")).toString(), QStringLiteral("GCJ-02"));
        QCOMPARE(m_order, kCollections);
        for (const QString &c : kCollections) {
            QCOMPARE(m_counted.value(c), m_announced.value(c));
            QVERIFY2(m_announced.value(c) > 0, qPrintable(c));
        }
    }

    void revsStrictlyIncrease()
    {
        for (qsizetype i = 1; i < m_revs.size(); ++i)
            QVERIFY(m_revs[i] > m_revs[i - 1]);
    }

    void checkDigitKnownValue()
    {
        QCOMPARE(gen::ids::citizenCheckDigit("11010519491231002"), 'X'); // GB 11643 example
    }

    void personsIdentity()
    {
        static const QRegularExpression phone(QStringLiteral("^1[3-9]\\d{9}$"));
        static const QRegularExpression idForm(QStringLiteral("^\\d{17}[\\dX]$"));
        for (const QJsonObject &p : std::as_const(m_records[QStringLiteral("persons")])) {
            const QByteArray id = p.value(QLatin1String("id_number")).toString().toLatin1();
            QVERIFY2(idForm.match(QString::fromLatin1(id)).hasMatch(), id.constData());
            QCOMPARE(gen::ids::citizenCheckDigit(id.left(17)), id.at(17));
            const bool male = (id.at(16) - '0') % 2 == 1;
            QCOMPARE(p.value(QLatin1String("gender")).toString(),
                     male ? QStringLiteral("M") : QStringLiteral("F"));
            QCOMPARE(QString::fromLatin1(id.mid(6, 8)),
                     p.value(QLatin1String("birth_date")).toString().remove(QLatin1Char('-')));
            QVERIFY(phone.match(p.value(QLatin1String("phone")).toString()).hasMatch());
            const int risk = p.value(QLatin1String("risk_level")).toInt();
            QVERIFY(risk >= 1 && risk <= 4);
        }
        for (const QJsonObject &r : std::as_const(m_records[QStringLiteral("regions")]))
            if (r.value(QLatin1String("level")).toInt() == 4)
                QVERIFY(phone
                            .match(r.value(QLatin1String("officer"))
                                       .toObject()
                                       .value(QLatin1String("phone"))
                                       .toString())
                            .hasMatch());
    }

    void gridCoversAndNests()
    {
        Geos geos;
        QHash<QString, QJsonObject> byId;
        QHash<QString, GEOSGeometry *> shapes;
        QHash<QString, QStringList> children;
        for (const QJsonObject &r : std::as_const(m_records[QStringLiteral("regions")])) {
            const QString id = r.value(QLatin1String("id")).toString();
            byId[id] = r;
            GEOSGeometry *g = geos.read(r.value(QLatin1String("geometry")).toObject());
            QVERIFY2(g, qPrintable(id));
            QVERIFY2(GEOSisValid_r(geos.ctx(), g) == 1, qPrintable(id));
            shapes[id] = g;
            if (!r.value(QLatin1String("parent_id")).isNull())
                children[r.value(QLatin1String("parent_id")).toString()].append(id);
            // The centroid lies inside.
            const QJsonArray c = r.value(QLatin1String("centroid")).toArray();
            const GEOSPreparedGeometry *prepared = GEOSPrepare_r(geos.ctx(), g);
            const bool inside = GEOSPreparedContainsXY_r(geos.ctx(), prepared, c[0].toDouble(),
                                                         c[1].toDouble()) == 1;
            GEOSPreparedGeom_destroy_r(geos.ctx(), prepared);
            QVERIFY2(inside, qPrintable(id));
        }
        int levels[5] = {};
        for (auto it = byId.cbegin(); it != byId.cend(); ++it)
            ++levels[it->value(QLatin1String("level")).toInt()];
        QCOMPARE(levels[1], 1);
        QCOMPARE(levels[2], 5);
        QVERIFY(levels[3] >= 10);
        QVERIFY(levels[4] >= 100);

        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            const QJsonObject parent = byId.value(it.key());
            QString parentCode = parent.value(QLatin1String("code")).toString();
            // GB/T 2260 pads a city's code with "00" where its districts put their number
            // (350300 → 350302): the prefix a district shares with its city is "3503".
            while (parentCode.endsWith(QLatin1String("00")))
                parentCode.chop(2);
            const int parentLevel = parent.value(QLatin1String("level")).toInt();
            const double parentArea = geos.area(shapes[it.key()]);
            double sum = 0;
            QList<GEOSGeometry *> parts;
            for (const QString &childId : it.value()) {
                const QJsonObject child = byId.value(childId);
                const QString code = child.value(QLatin1String("code")).toString();
                QVERIFY2(code.startsWith(parentCode), qPrintable(code));
                QCOMPARE(child.value(QLatin1String("level")).toInt(), parentLevel + 1);
                if (parentLevel >= 2)
                    QCOMPARE(code.size(), parentCode.size() + 3);
                sum += geos.area(shapes[childId]);
                parts.append(shapes[childId]);
            }
            QVERIFY2(std::abs(sum - parentArea) <= 0.001 * parentArea, qPrintable(parentCode));
            for (qsizetype a = 0; a < parts.size(); ++a) {
                for (qsizetype b = a + 1; b < parts.size(); ++b) {
                    if (GEOSIntersects_r(geos.ctx(), parts[a], parts[b]) != 1)
                        continue;
                    GEOSGeometry *overlap =
                        geos.own(GEOSIntersection_r(geos.ctx(), parts[a], parts[b]));
                    QVERIFY(overlap);
                    QVERIFY2(geos.area(overlap) <= 1e-7 * parentArea, qPrintable(parentCode));
                }
            }
            std::vector<GEOSGeometry *> clones;
            for (GEOSGeometry *g : std::as_const(parts))
                clones.push_back(GEOSGeom_clone_r(geos.ctx(), g));
            GEOSGeometry *all = geos.own(GEOSGeom_createCollection_r(
                geos.ctx(), GEOS_GEOMETRYCOLLECTION, clones.data(), unsigned(clones.size())));
            GEOSGeometry *merged = geos.own(GEOSUnaryUnion_r(geos.ctx(), all));
            GEOSGeometry *gap = geos.own(GEOSDifference_r(geos.ctx(), shapes[it.key()], merged));
            QVERIFY2(geos.area(gap) <= 0.001 * parentArea, qPrintable(parentCode));
        }
    }

    void locationsInsideTheirRegion()
    {
        Geos geos;
        QHash<QString, const GEOSPreparedGeometry *> prepared;
        for (const QJsonObject &r : std::as_const(m_records[QStringLiteral("regions")])) {
            if (r.value(QLatin1String("level")).toInt() != 4)
                continue;
            GEOSGeometry *g = geos.read(r.value(QLatin1String("geometry")).toObject());
            prepared[r.value(QLatin1String("id")).toString()] = GEOSPrepare_r(geos.ctx(), g);
        }
        for (const QString &collection : {QStringLiteral("persons"), QStringLiteral("sites"),
                                          QStringLiteral("events"), QStringLiteral("orgs")}) {
            for (const QJsonObject &o : std::as_const(m_records[collection])) {
                const QString region = o.value(QLatin1String("region_id")).toString();
                QVERIFY2(prepared.contains(region), qPrintable(region));
                const QJsonArray p = o.value(QLatin1String("location")).toArray();
                QVERIFY2(GEOSPreparedContainsXY_r(geos.ctx(), prepared[region], p[0].toDouble(),
                                                  p[1].toDouble()) == 1,
                         qPrintable(o.value(QLatin1String("id")).toString()));
            }
        }
        for (const GEOSPreparedGeometry *p : std::as_const(prepared))
            GEOSPreparedGeom_destroy_r(geos.ctx(), p);
    }

    void caseStagesFollowTheFlow()
    {
        // Allowed successors of each stage (the flow across the agencies).
        const QHash<QString, QStringList> next = {
            {QStringLiteral("filing"),
             {QStringLiteral("investigation"), QStringLiteral("first_instance"),
              QStringLiteral("enforcement")}},
            {QStringLiteral("investigation"),
             {QStringLiteral("prosecution_review"), QStringLiteral("closed")}},
            {QStringLiteral("prosecution_review"),
             {QStringLiteral("returned_for_investigation"), QStringLiteral("first_instance"),
              QStringLiteral("closed")}},
            {QStringLiteral("returned_for_investigation"), {QStringLiteral("prosecution_review")}},
            {QStringLiteral("first_instance"),
             {QStringLiteral("second_instance"), QStringLiteral("enforcement"),
              QStringLiteral("community_correction"), QStringLiteral("closed")}},
            {QStringLiteral("second_instance"),
             {QStringLiteral("enforcement"), QStringLiteral("community_correction"),
              QStringLiteral("closed")}},
            {QStringLiteral("enforcement"), {QStringLiteral("closed")}},
            {QStringLiteral("community_correction"), {QStringLiteral("closed")}},
        };
        int overdue = 0;
        for (const QJsonObject &c : std::as_const(m_records[QStringLiteral("cases")])) {
            const QJsonArray stages = c.value(QLatin1String("stages")).toArray();
            QVERIFY(!stages.isEmpty());
            QCOMPARE(stages.first().toObject().value(QLatin1String("stage")).toString(),
                     QStringLiteral("filing"));
            QCOMPARE(parseTime(stages.first().toObject().value(QLatin1String("entered_at"))),
                     parseTime(c.value(QLatin1String("opened_at"))));
            for (qsizetype i = 0; i < stages.size(); ++i) {
                const QJsonObject s = stages[i].toObject();
                const QDateTime entered = parseTime(s.value(QLatin1String("entered_at")));
                QVERIFY(entered <= m_now);
                if (i + 1 < stages.size()) {
                    const QJsonObject n = stages[i + 1].toObject();
                    QVERIFY2(next.value(s.value(QLatin1String("stage")).toString())
                                 .contains(n.value(QLatin1String("stage")).toString()),
                             qPrintable(c.value(QLatin1String("case_no")).toString()));
                    const QDateTime left = parseTime(s.value(QLatin1String("left_at")));
                    QVERIFY(entered <= left);
                    QCOMPARE(left, parseTime(n.value(QLatin1String("entered_at"))));
                } else {
                    QVERIFY(s.value(QLatin1String("left_at")).isNull());
                    QCOMPARE(c.value(QLatin1String("stage")), s.value(QLatin1String("stage")));
                    QCOMPARE(c.value(QLatin1String("agency")), s.value(QLatin1String("agency")));
                }
            }
            const bool closed =
                c.value(QLatin1String("stage")).toString() == QLatin1String("closed");
            QCOMPARE(c.value(QLatin1String("closed_at")).isNull(), !closed);
            QCOMPARE(c.value(QLatin1String("due_at")).isNull(), closed);
            if (!closed && parseTime(c.value(QLatin1String("due_at"))) < m_now)
                ++overdue;
        }
        QVERIFY(overdue > 0);
    }

    void eventsWithinTheLastYear()
    {
        const QDateTime yearAgo = m_now.addDays(-365);
        for (const QJsonObject &e : std::as_const(m_records[QStringLiteral("events")])) {
            const QDateTime occurred = parseTime(e.value(QLatin1String("occurred_at")));
            const QDateTime reported = parseTime(e.value(QLatin1String("reported_at")));
            QVERIFY(occurred >= yearAgo && occurred < m_now);
            QVERIFY(occurred <= reported && reported <= m_now);
            const QJsonValue resolved = e.value(QLatin1String("resolved_at"));
            if (!resolved.isNull())
                QVERIFY(parseTime(resolved) >= reported && parseTime(resolved) <= m_now);
            QVERIFY(
                e.value(QLatin1String("occurred_at")).toString().endsWith(QLatin1String("+08:00")));
        }
    }

    void deterministic()
    {
        const QString again = m_dir.filePath(QStringLiteral("small-1b.ndjson"));
        const QString other = m_dir.filePath(QStringLiteral("small-2.ndjson"));
        QVERIFY(generate(1, again));
        QVERIFY(generate(2, other));
        QFile a(m_path), b(again), c(other);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) &&
                c.open(QIODevice::ReadOnly));
        const QByteArray first = a.readAll();
        QVERIFY(first == b.readAll());
        QVERIFY(first != c.readAll());
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
