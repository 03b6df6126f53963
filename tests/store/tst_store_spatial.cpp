#include "Fixtures.h"
#include "store/CellLocator.h"
#include "store/PointIndex.h"

using namespace yiping;
using namespace yiping::domain;
using namespace yiping::store;
using fixtures::L;

class TestStoreSpatial : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static QByteArray cell(const QString &id, int rev, const QJsonObject &geometry, int level = 4)
    {
        return fixtures::record(Collection::Regions, id, rev,
                                {{L("geometry"), geometry}, {L("level"), level}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = fixtures::openStore(m_dir.filePath(QStringLiteral("g.sqlite")));
        QVERIFY(m_store);
        // Two side-by-side cells; the second has a hole. A district (level 2) covers both
        // and must never be answered as a cell. A triangle whose box overlaps cell A.
        const QJsonArray outer{fixtures::lonLat(119.01, 25.40), fixtures::lonLat(119.02, 25.40),
                               fixtures::lonLat(119.02, 25.41), fixtures::lonLat(119.01, 25.41),
                               fixtures::lonLat(119.01, 25.40)};
        const QJsonArray hole{fixtures::lonLat(119.014, 25.404), fixtures::lonLat(119.016, 25.404),
                              fixtures::lonLat(119.016, 25.406), fixtures::lonLat(119.014, 25.406),
                              fixtures::lonLat(119.014, 25.404)};
        const QJsonObject withHole{{L("type"), L("Polygon")},
                                   {L("coordinates"), QJsonArray{outer, hole}}};
        const QJsonArray tri{fixtures::lonLat(119.0, 25.41), fixtures::lonLat(119.01, 25.41),
                             fixtures::lonLat(119.0, 25.42), fixtures::lonLat(119.0, 25.41)};
        const QJsonObject triangle{{L("type"), L("MultiPolygon")},
                                   {L("coordinates"), QJsonArray{QJsonArray{tri}}}};
        const Store::PageResult r = m_store->applyPage(
            Collection::Regions,
            {cell(QStringLiteral("district"), 1, fixtures::square(118.9, 25.3, 0.3), 2),
             cell(QStringLiteral("A"), 2, fixtures::square(119.0, 25.4, 0.01)),
             cell(QStringLiteral("B"), 3, withHole), cell(QStringLiteral("T"), 4, triangle)},
            4);
        QVERIFY2(r.ok, qPrintable(r.error));
        QList<QByteArray> events;
        for (int i = 0; i < 100; ++i)
            events.append(fixtures::record(
                Collection::Events, QStringLiteral("e-%1").arg(i), 10 + i,
                {{L("location"), fixtures::lonLat(119.0 + i * 0.001, 25.4 + i * 0.001)}}));
        events.append(fixtures::record(Collection::Events, QStringLiteral("e-nowhere"), 200));
        QVERIFY(m_store->applyPage(Collection::Events, events, 200).ok);
    }
    void cleanupTestCase() { m_store.reset(); }

    void cellAt_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<QString>("cell");
        QTest::newRow("inside A") << QPointF(119.005, 25.405) << QStringLiteral("A");
        QTest::newRow("inside B") << QPointF(119.012, 25.408) << QStringLiteral("B");
        QTest::newRow("in B's hole") << QPointF(119.015, 25.405) << QString();
        QTest::newRow("triangle") << QPointF(119.002, 25.412) << QStringLiteral("T");
        QTest::newRow("triangle's box, outside it") << QPointF(119.009, 25.419) << QString();
        QTest::newRow("district only") << QPointF(119.1, 25.5) << QString();
        QTest::newRow("outside everything") << QPointF(100.0, 10.0) << QString();
    }
    void cellAt()
    {
        QFETCH(QPointF, point);
        QFETCH(QString, cell);
        QCOMPARE(m_store->cells().cellAt(point), cell);
    }

    void cellsFollowUpdates()
    {
        QVERIFY(m_store
                    ->applyPage(
                        Collection::Regions,
                        {cell(QStringLiteral("A"), 300, fixtures::square(120.0, 26.0, 0.01))}, 300)
                    .ok);
        QCOMPARE(m_store->cells().cellAt(QPointF(119.005, 25.405)), QString());
        QCOMPARE(m_store->cells().cellAt(QPointF(120.005, 26.005)), QStringLiteral("A"));
        QVERIFY(m_store
                    ->applyPage(Collection::Regions,
                                {fixtures::tombstone(QStringLiteral("A"), 301)}, 301)
                    .ok);
        QCOMPARE(m_store->cells().cellAt(QPointF(120.005, 26.005)), QString());
    }

    void pointsIn_data()
    {
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<int>("count");
        QTest::newRow("all") << QRectF(QPointF(118, 25), QPointF(120, 26)) << 100;
        QTest::newRow("first ten")
            << QRectF(QPointF(118.9995, 25.3995), QPointF(119.0095, 25.4095)) << 10;
        QTest::newRow("narrow") << QRectF(QPointF(119.0095, 25.4095), QPointF(119.0125, 25.4125))
                                << 3;
        QTest::newRow("none") << QRectF(QPointF(10, 10), QPointF(11, 11)) << 0;
    }
    void pointsIn()
    {
        QFETCH(QRectF, rect);
        QFETCH(int, count);
        const QList<PointIndex::Point> points =
            PointIndex(m_store->database()).pointsIn(Collection::Events, rect);
        QCOMPARE(points.size(), count);
        for (const PointIndex::Point &p : points)
            QVERIFY(p.lonLat.x() >= rect.left() && p.lonLat.x() <= rect.right());
    }

    void pointsFollowDeletes()
    {
        QVERIFY(m_store
                    ->applyPage(Collection::Events,
                                {fixtures::tombstone(QStringLiteral("e-0"), 400)}, 400)
                    .ok);
        QCOMPARE(PointIndex(m_store->database())
                     .pointsIn(Collection::Events, QRectF(QPointF(118, 25), QPointF(120, 26)))
                     .size(),
                 99);
        QVERIFY(PointIndex(m_store->database())
                    .pointsIn(Collection::Services, QRectF(QPointF(118, 25), QPointF(120, 26)))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSpatial)
#include "tst_store_spatial.moc"
