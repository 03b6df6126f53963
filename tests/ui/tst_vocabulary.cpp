// The Chinese UI speaks Chinese: with the zh_CN catalogue, every visible string of the map
// page (its panels, legends, menus' page actions), the alert dock and the profile of each
// kind of record is scanned for the contract's identifiers ("private_non_enterprise",
// "overdue_case", "gathering") that must never reach the screen. The city is a generated
// `small` one imported through the store, so every enum value the generator writes shows.
#include "MapPage.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertsPanel.h"
#include "map/LegendView.h"
#include "profile/LinkRow.h"
#include "profile/ProfilePanel.h"
#include "store/AlertReader.h"
#include "store/DatasetImport.h"
#include "store/Sqlite.h"
#include "store/Store.h"
#include "workspace/WorkspaceContext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace yiping;

namespace {

// What a user reads of a widget tree: labels, buttons (the profile's links too), combo
// items, the rows of item views, legends.
QStringList visibleTexts(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            out << label->text();
        else if (auto *link = qobject_cast<ui::LinkRow *>(w))
            out << link->text() << link->detail();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out << button->text() << button->toolTip();
        else if (auto *box = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < box->count(); ++i)
                out << box->itemText(i);
        else if (auto *legend = qobject_cast<ui::LegendView *>(w))
            for (const ui::LegendEntry &e : legend->entries())
                out << e.text;
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            for (int r = 0; r < std::min(view->model()->rowCount(), 200); ++r)
                out << view->model()->index(r, 0).data().toString();
    }
    out.removeAll(QString());
    return out;
}

// A word of three or more lower-case ASCII letters, or words joined by "_": an identifier
// of the contract (or an English word) in the Chinese UI.
QStringList identifiersIn(const QStringList &texts)
{
    static const QRegularExpression identifier(QStringLiteral(
        "(?<![A-Za-z0-9])[a-z]{3,}(?:_[a-z0-9]+)*(?![A-Za-z0-9])|[a-z0-9]+_[a-z0-9_]+"));
    QStringList found;
    for (const QString &t : texts)
        for (auto it = identifier.globalMatch(t); it.hasNext();)
            found << QStringLiteral("%1 (in \"%2\")").arg(it.next().captured(), t.left(80));
    found.removeDuplicates();
    return found;
}

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cache;

    QString scalar(const char *sql)
    {
        store::Database db = store::Database::open(m_cache, true);
        store::Statement st(db, sql);
        return st.step() ? st.columnText(0) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto *zh = new QTranslator(this);
        QVERIFY(zh->load(QStringLiteral(YIPING_QM_DIR "/yiping_zh_CN.qm")));
        QCoreApplication::installTranslator(zh);
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QVERIFY(m_dir.isValid());
        const QString dataset = m_dir.filePath(QStringLiteral("small.ndjson"));
        QProcess gen;
        gen.start(QStringLiteral(YIPING_SERVER_BIN),
                  {QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("small"),
                   QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"),
                   dataset});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        auto opened = store::Store::open(m_cache);
        QVERIFY2(opened.store, qPrintable(opened.error));
        const auto result = store::DatasetImport::run(*opened.store, dataset);
        QVERIFY2(result.ok, qPrintable(result.error));
    }

    void theMapPageAndItsProfilesSpeakChinese_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("sql");
        using domain::RefType;
        // Several of each kind: the kinds' enum values differ from record to record.
        QTest::newRow("persons")
            << int(RefType::Person)
            << QStringLiteral("SELECT id FROM persons ORDER BY risk_level DESC, rid LIMIT 6");
        QTest::newRow("sites") << int(RefType::Site)
                               << QStringLiteral("SELECT id FROM sites ORDER BY kind, rid LIMIT 8");
        QTest::newRow("orgs") << int(RefType::Org)
                              << QStringLiteral("SELECT min(id) FROM orgs GROUP BY kind");
        QTest::newRow("events")
            << int(RefType::Event)
            << QStringLiteral("SELECT min(id) FROM events GROUP BY source, category LIMIT 12");
        QTest::newRow("cases") << int(RefType::Case)
                               << QStringLiteral("SELECT min(id) FROM cases GROUP BY stage");
        QTest::newRow("disputes")
            << int(RefType::Dispute)
            << QStringLiteral("SELECT min(id) FROM disputes GROUP BY kind, status LIMIT 12");
        QTest::newRow("regions") << int(RefType::Region)
                                 << QStringLiteral("SELECT min(id) FROM regions GROUP BY level");
        QTest::newRow("alerts") << int(RefType::Alert)
                                << QStringLiteral(
                                       "SELECT min(id) FROM alerts GROUP BY rule, status");
    }

    void theMapPageAndItsProfilesSpeakChinese()
    {
        QFETCH(int, type);
        QFETCH(QString, sql);
        workspace::WorkspaceContext context;
        ui::AlertListModel alerts;
        {
            auto opened = store::Store::open(m_cache);
            QVERIFY2(opened.store, qPrintable(opened.error));
            alerts.setAlerts(store::AlertReader(opened.store->database()).open(500));
        }
        QVERIFY(alerts.rowCount() > 0);
        ui::AlertsPanel panel(&alerts, &context);
        ui::MapPage page(&context, QStringLiteral("莆田市"), {});
        page.setAlerts(&alerts);
        page.resize(1400, 900);
        page.show();
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setCachePath(m_cache);
        QVERIFY(QTest::qWaitFor([&] { return !page.isBusy(); }, 20000));

        QStringList ids;
        {
            store::Database db = store::Database::open(m_cache, true);
            store::Statement st(db, sql.toUtf8());
            while (st.step())
                ids << st.columnText(0);
        }
        QVERIFY(!ids.isEmpty());
        QStringList found = identifiersIn(visibleTexts(&page) + visibleTexts(&panel));
        ui::ProfilePanel *profile = page.profilePanel();
        for (const QString &id : std::as_const(ids)) {
            context.select({domain::RefType(type), id});
            QVERIFY(QTest::qWaitFor([&] { return profile->profile().id == id && !page.isBusy(); },
                                    10000));
            QTest::qWait(50); // the panel lays out its rows
            found += identifiersIn(visibleTexts(profile));
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
