#include "settings/BasemapDialog.h"
#include "settings/BasemapSettingsStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace yiping;
using domain::Crs;

// The basemap dialog as a user fills it: a tile server address is checked as it is typed
// (http or https, a server, a complete %z/%x/%y template) with the reason said, and the
// tiles' datum is chosen with it; the choice survives a restart through QSettings.

class TestBasemapDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tileServerAddressesAreChecked_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("problem"); // a word of the reason; empty: usable
        QTest::newRow("empty") << QString() << QStringLiteral("http or https");
        QTest::newRow("ftp") << QStringLiteral("ftp://tiles.example.gov.cn/")
                             << QStringLiteral("http://");
        QTest::newRow("no scheme")
            << QStringLiteral("tiles.example.gov.cn/") << QStringLiteral("http://");
        QTest::newRow("no host") << QStringLiteral("http://") << QStringLiteral("server");
        QTest::newRow("no host, a path")
            << QStringLiteral("https:///tiles/") << QStringLiteral("server");
        QTest::newRow("incomplete template")
            << QStringLiteral("https://tiles.example.gov.cn/%z/%x.png") << QStringLiteral("%y");
        QTest::newRow("root") << QStringLiteral("http://127.0.0.1:8080/") << QString();
        QTest::newRow("https root") << QStringLiteral("https://tiles.example.gov.cn") << QString();
        QTest::newRow("template") << QStringLiteral(
                                         "https://tiles.example.gov.cn/base/%z/%x/%y.png")
                                  << QString();
    }

    void tileServerAddressesAreChecked()
    {
        QFETCH(QString, address);
        QFETCH(QString, problem);
        const QString got = ui::BasemapDialog::tileServerProblem(address);
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void theDialogOffersOkOnlyForAUsableChoice()
    {
        ui::BasemapDialog dialog({map::BasemapSettings::TileServer,
                                  {},
                                  QStringLiteral("ftp://tiles.example"),
                                  Crs::Gcj02});
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"));
        auto *crs = dialog.findChild<QComboBox *>(QStringLiteral("tileCrs"));
        QVERIFY(ok && problem && url && crs);
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QLatin1String("http://")));
        QVERIFY(crs->isEnabled());
        QCOMPARE(dialog.settings().tileCrs, Crs::Gcj02);

        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://10.1.2.3:8080/tiles/"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!problem->isVisible());

        crs->setCurrentIndex(crs->findData(int(Crs::Wgs84)));
        const map::BasemapSettings s = dialog.settings();
        QCOMPARE(s.kind, map::BasemapSettings::TileServer);
        QCOMPARE(s.url, QStringLiteral("http://10.1.2.3:8080/tiles/"));
        QCOMPARE(s.tileCrs, Crs::Wgs84);

        // No basemap: there are no tiles to have a datum.
        dialog.findChild<QRadioButton *>(QStringLiteral("none"))->setChecked(true);
        QVERIFY(!crs->isEnabled());
        QVERIFY(ok->isEnabled());
    }

    void theChoiceIsKeptWithItsDatum()
    {
        const map::BasemapSettings chosen{
            map::BasemapSettings::TileServer, QStringLiteral("/srv/tiles"),
            QStringLiteral("https://tiles.example.gov.cn/"), Crs::Gcj02};
        ui::BasemapSettingsStore::save(chosen);
        QCOMPARE(ui::BasemapSettingsStore::load(), chosen);
        // Settings written before the datum was asked for: WGS-84 tiles.
        QSettings().remove(QStringLiteral("map/tileCrs"));
        QCOMPARE(ui::BasemapSettingsStore::load().tileCrs, Crs::Wgs84);
    }
};

int main(int argc, char **argv)
{
    // The settings of this run alone.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("YipingTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_basemapdialog"));
    TestBasemapDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_basemapdialog.moc"
