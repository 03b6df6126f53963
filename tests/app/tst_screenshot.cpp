#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `yiping` as a user would, headless under the test's X server.
class TestScreenshot : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run yiping(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(YIPING_BIN), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // The district fill over the dark canvas, as the map draws it.
    static bool isDistrictFill(QRgb c)
    {
        return std::abs(qRed(c) - 0x19) < 14 && std::abs(qGreen(c) - 0x41) < 14 &&
               std::abs(qBlue(c) - 0x69) < 14;
    }

private Q_SLOTS:
    void writesAPngOfTheRequestedSizeShowingTheDistricts_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::newRow("zh_CN 1280x800") << QStringLiteral("zh_CN") << QSize(1280, 800);
        QTest::newRow("en 1024x700") << QStringLiteral("en") << QSize(1024, 700);
    }

    void writesAPngOfTheRequestedSizeShowingTheDistricts()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        const Run r = yiping({QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                              QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                              QStringLiteral("--lang"), lang,
                              // No cache: the districts alone, whatever the build has made.
                              QStringLiteral("--cache"), dir.filePath(QStringLiteral("none"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        qint64 fill = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                fill += isDistrictFill(image.pixel(x, y));
        const double share = double(fill) / (image.width() / 2 * image.height() / 2);
        // Putian fitted to the map (beside the alerts dock) covers a good part of the window.
        QVERIFY2(share > 0.06, qPrintable(QString::number(share)));
    }

    // The blank-map refusal, through the real detection: a city whose only district is a
    // speck (a millionth of a millimetre across) leaves nothing to draw even at the map's
    // closest zoom, and with no cache there is nothing else, so the map renders blank.
    void refusesToWriteABlankMap()
    {
        QTemporaryDir dir;
        QFile city(dir.filePath(QStringLiteral("city.json")));
        QVERIFY(city.open(QIODevice::WriteOnly));
        city.write(R"({"code": "999999", "name": "Speck", "crs": "WGS-84",
                       "districts": "districts.geojson"})");
        city.close();
        QFile districts(dir.filePath(QStringLiteral("districts.geojson")));
        QVERIFY(districts.open(QIODevice::WriteOnly));
        districts.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
            "id": "999999", "properties": {"name": ""}, "geometry": {"type": "Polygon",
            "coordinates": [[[119.0, 25.4], [119.000000000001, 25.4],
                             [119.000000000001, 25.400000000001], [119.0, 25.4]]]}}]})");
        districts.close();
        const QString png = dir.filePath(QStringLiteral("blank.png"));
        const Run r = yiping({QStringLiteral("--screenshot"), png, QStringLiteral("--lang"),
                              QStringLiteral("en"), QStringLiteral("--city"), dir.path(),
                              QStringLiteral("--cache"), dir.filePath(QStringLiteral("none"))});
        QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
        QVERIFY2(r.err.contains(QLatin1String("The map rendered blank with")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("the screenshot was not written")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(png));
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad size") << QStringList{QStringLiteral("--screenshot"),
                                                 QStringLiteral("/tmp/x.png"),
                                                 QStringLiteral("--size"), QStringLiteral("big")}
                                  << QStringLiteral("--size");
        QTest::newRow("unknown page")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.png"),
                           QStringLiteral("--page"), QStringLiteral("nowhere")}
            << QStringLiteral("nowhere");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << QStringLiteral("fr");
        QTest::newRow("missing city")
            << QStringList{QStringLiteral("--city"), QStringLiteral("/nonexistent")}
            << QStringLiteral("/nonexistent");
        QTest::newRow("unwritable file")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/nonexistent/dir/x.png")}
            << QStringLiteral("/nonexistent/dir/x.png");
    }

    void rejectsBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = yiping(args);
        QVERIFY2(r.exitCode > 0, qPrintable(QString::number(r.exitCode)));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void printsItsVersion()
    {
        const Run r = yiping({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("yiping 0.")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
