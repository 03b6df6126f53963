// Where the program finds its cities and its default cache: from the build tree that made
// it, installed under a prefix, installed elsewhere on XDG_DATA_DIRS. The expected paths
// are spelled out from the folders each test makes, not asked of QStandardPaths.
#include "city/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace yiping;

class TestDataPaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString path(const QString &relative) const { return m_tmp.filePath(relative); }

    bool makeCity(const QString &citiesDir)
    {
        if (!QDir().mkpath(citiesDir + QStringLiteral("/putian")))
            return false;
        QFile f(citiesDir + QStringLiteral("/putian/city.json"));
        return f.open(QIODevice::WriteOnly) && f.write("{}") == 2;
    }

    DataPaths::Layout installedAt(const QString &prefix) const
    {
        return {prefix + QStringLiteral("/bin"), path(QStringLiteral("build/bin")),
                path(QStringLiteral("src/data")), path(QStringLiteral("build/demo/city.sqlite")),
                QStringLiteral("share")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // What QStandardPaths reads: set before any lookup.
        qputenv("XDG_DATA_HOME", path(QStringLiteral("home/.local/share")).toUtf8());
        qputenv("XDG_DATA_DIRS", path(QStringLiteral("system")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Yiping"));
        QCoreApplication::setApplicationName(QStringLiteral("yiping"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("build/bin"))));
    }

    void theBuildTreeUsesTheSourceDataAndTheDemoCache()
    {
        // The same folder under another spelling (a symlink) is still the build tree.
        QVERIFY(QFile::link(path(QStringLiteral("build")), path(QStringLiteral("alias"))));
        DataPaths::Layout layout = installedAt(path(QStringLiteral("unused")));
        layout.executableDir = path(QStringLiteral("alias/bin"));
        const DataPaths paths(layout);
        QVERIFY(paths.isBuildTree());
        QCOMPARE(paths.citiesDir(), path(QStringLiteral("src/data")));
        QCOMPARE(paths.cityDir(), path(QStringLiteral("src/data/putian")));
        QCOMPARE(paths.defaultCache(), path(QStringLiteral("build/demo/city.sqlite")));
    }

    void anInstallFindsItsCitiesBesideItsPrefix()
    {
        const QString prefix = path(QStringLiteral("prefix"));
        QVERIFY(QDir().mkpath(prefix + QStringLiteral("/bin")));
        QVERIFY(makeCity(prefix + QStringLiteral("/share/yiping/cities")));
        const DataPaths paths(installedAt(prefix));
        QVERIFY(!paths.isBuildTree());
        QCOMPARE(paths.citiesDir(), prefix + QStringLiteral("/share/yiping/cities"));
        QCOMPARE(paths.cityDir(), prefix + QStringLiteral("/share/yiping/cities/putian"));
        // The cache goes to the user's data folder, nowhere near the build or the prefix.
        QCOMPARE(paths.defaultCache(),
                 path(QStringLiteral("home/.local/share/Yiping/yiping/caches/local.sqlite")));
    }

    void anInstallWithoutDataBesideItLooksInTheSystemDataFolders()
    {
        const QString prefix = path(QStringLiteral("moved"));
        QVERIFY(QDir().mkpath(prefix + QStringLiteral("/bin")));
        // Nothing anywhere: the place it should be, for the error message.
        QCOMPARE(DataPaths(installedAt(prefix)).citiesDir(),
                 prefix + QStringLiteral("/share/yiping/cities"));
        QVERIFY(makeCity(path(QStringLiteral("system/yiping/cities"))));
        QCOMPARE(DataPaths(installedAt(prefix)).cityDir(),
                 path(QStringLiteral("system/yiping/cities/putian")));
    }

    void thisTestRunsFromTheBuildTree()
    {
        // The layout the build compiled in: tests run from its bin/, like `scripts/dev run`.
        const DataPaths paths;
        QVERIFY(paths.isBuildTree());
        QCOMPARE(paths.defaultCache(), QStringLiteral(YIPING_DEMO_CACHE));
        QCOMPARE(paths.citiesDir(), QStringLiteral(YIPING_SOURCE_DATA_DIR));
        QVERIFY(QFile::exists(paths.cityDir() + QStringLiteral("/city.json")));
    }
};

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
