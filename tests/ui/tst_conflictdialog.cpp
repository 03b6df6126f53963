// Annotation conflicts as the user meets them: the cue in the status bar of the window,
// the dialog listing each conflict (what object, my text beside the server's, when), and
// "Keep mine" / "Take theirs" changing the cache's queue as AnnotationQueue::resolve does.
// The conflicts are made in a real cache file the way the sync's pusher records a 409.
#include "MainWindow.h"
#include "WidgetTestSetup.h"
#include "city/CityManifest.h"
#include "read/ReadService.h"
#include "store/AnnotationQueue.h"
#include "store/Store.h"
#include "sync/ConflictDialog.h"
#include "sync/ConflictListModel.h"
#include "sync/SyncController.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace yiping;
using Resolution = store::AnnotationQueue::Resolution;

namespace {

const QString kFirst = QStringLiteral("an-0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0001");
const QString kSecond = QStringLiteral("an-0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0002");
const QString kWaiting = QStringLiteral("an-0b6c6f4e-3d0f-4a53-9a57-7c3b1f1a0003");

domain::Annotation note(const QString &id, const QString &targetType, const QString &targetId,
                        const QString &text)
{
    return domain::Annotation::fromJson(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("rev"), 0},
                    {QStringLiteral("target"), QJsonObject{{QStringLiteral("type"), targetType},
                                                           {QStringLiteral("id"), targetId}}},
                    {QStringLiteral("kind"), QStringLiteral("note")},
                    {QStringLiteral("author"), QStringLiteral("admin")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-11-27T09:00:00+08:00")},
                    {QStringLiteral("text"), text}});
}

// The server's record as a 409 answer carries it.
QByteArray serverCopy(const QString &id, qint64 rev, const QString &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("rev"), rev},
                                     {QStringLiteral("kind"), QStringLiteral("note")},
                                     {QStringLiteral("author"), QStringLiteral("leader")},
                                     {QStringLiteral("updated_at"),
                                      QStringLiteral("2026-11-27T10:30:00+08:00")},
                                     {QStringLiteral("text"), text}})
        .toJson(QJsonDocument::Compact);
}

struct Queued
{
    qint64 baseRev = -1;
    bool conflict = false;
};

QMap<QString, Queued> queue(const QString &cache)
{
    QMap<QString, Queued> out;
    auto opened = store::Store::open(cache);
    if (!opened.store)
        return out;
    for (const auto &e : store::AnnotationQueue(opened.store->database()).pending())
        out.insert(e.annotation.id, {e.baseRev, !e.conflict.isEmpty()});
    return out;
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_caches = 0;

    // A cache with two conflicts (a person's note, a region's) and one note still waiting.
    QString makeCache()
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_caches));
        auto opened = store::Store::open(path);
        if (!opened.store)
            return {};
        store::AnnotationQueue q(opened.store->database());
        q.enqueue(note(kFirst, QStringLiteral("person"), QStringLiteral("per-7"),
                       QStringLiteral("每周走访一次")),
                  3);
        q.enqueue(note(kSecond, QStringLiteral("region"), QStringLiteral("reg-2"),
                       QStringLiteral("矛盾已化解")),
                  0);
        q.enqueue(note(kWaiting, QStringLiteral("region"), QStringLiteral("reg-2"),
                       QStringLiteral("not sent yet")),
                  0);
        q.markConflict(kFirst, serverCopy(kFirst, 5, QStringLiteral("每月走访一次")));
        q.markConflict(kSecond, serverCopy(kSecond, 9, QStringLiteral("仍在调解")));
        return path;
    }

    static int rowOf(ui::ConflictDialog &dialog, const QString &id)
    {
        auto *model = dialog.model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ui::ConflictListModel::IdRole).toString() == id)
                return row;
        return -1;
    }

    // Picks the row with the mouse and presses one of the dialog's buttons.
    static void resolveWithMouse(ui::ConflictDialog &dialog, const QString &id,
                                 const char *buttonName)
    {
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("table"));
        const QRect cell = table->visualRect(dialog.model()->index(rowOf(dialog, id), 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        auto *button = dialog.findChild<QPushButton *>(QLatin1StringView(buttonName));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(widgettest::setUpLookAndLanguage());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void listsEachConflictMineBesideTheirs()
    {
        const QString cache = makeCache();
        read::ReadService reads(QStringLiteral("test reads"));
        reads.setCachePath(cache);
        ui::ConflictDialog dialog(&reads);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.model()->rowCount(), 2); // the waiting note is no conflict
        const int first = rowOf(dialog, kFirst);
        QVERIFY(first >= 0);
        auto text = [&](int column) {
            return dialog.model()->index(first, column).data().toString();
        };
        QVERIFY2(text(ui::ConflictListModel::Object).contains(QStringLiteral("per-7")),
                 qPrintable(text(ui::ConflictListModel::Object)));
        QCOMPARE(text(ui::ConflictListModel::Mine), QStringLiteral("每周走访一次"));
        QVERIFY(text(ui::ConflictListModel::Theirs).contains(QStringLiteral("每月走访一次")));
        QVERIFY(text(ui::ConflictListModel::Theirs).contains(QStringLiteral("leader")));
        QVERIFY(!text(ui::ConflictListModel::When).isEmpty());
        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/conflicts.png"));
    }

    void keepMineSendsMineAgainOverTheirs()
    {
        const QString cache = makeCache();
        read::ReadService reads(QStringLiteral("test reads"));
        reads.setCachePath(cache);
        ui::ConflictDialog dialog(&reads);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isBusy());
        QSignalSpy changed(&dialog, &ui::ConflictDialog::conflictsChanged);
        resolveWithMouse(dialog, kFirst, "keepMine");
        // As resolve(KeepMine): queued again on the server's rev, no longer a conflict.
        const auto q = queue(cache);
        QCOMPARE(q.size(), 3);
        QCOMPARE(q[kFirst].baseRev, 5);
        QVERIFY(!q[kFirst].conflict);
        QVERIFY(q[kSecond].conflict);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(rowOf(dialog, kSecond), 0);
        QCOMPARE(changed.last().first().toInt(), 1);
    }

    void takeTheirsDropsMine()
    {
        const QString cache = makeCache();
        read::ReadService reads(QStringLiteral("test reads"));
        reads.setCachePath(cache);
        ui::ConflictDialog dialog(&reads);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isBusy());
        resolveWithMouse(dialog, kSecond, "takeTheirs");
        const auto q = queue(cache);
        QCOMPARE(q.keys(), (QList<QString>{kFirst, kWaiting}));
        QVERIFY(q[kFirst].conflict);
        QCOMPARE(rowOf(dialog, kSecond), -1);
    }

    void keepMineWithoutTheServersRevChangesNothing()
    {
        const QString cache = makeCache();
        {
            auto opened = store::Store::open(cache);
            store::AnnotationQueue(opened.store->database())
                .markConflict(kSecond, QByteArrayLiteral("{}"));
        }
        read::ReadService reads(QStringLiteral("test reads"));
        reads.setCachePath(cache);
        ui::ConflictDialog dialog(&reads);
        dialog.show();
        QTRY_VERIFY(!dialog.isBusy());
        resolveWithMouse(dialog, kSecond, "keepMine");
        QVERIFY(queue(cache)[kSecond].conflict);
        QCOMPARE(dialog.model()->rowCount(), 2);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY(status && !status->text().isEmpty()); // says why
    }

    void theWindowShowsTheCountAndOpensTheDialog()
    {
        const QString cache = makeCache();
        CityManifest city;
        QString error;
        QVERIFY2(CityManifest::load(CityManifest::defaultCityDir(), &city, &error),
                 qPrintable(error));
        ui::MainWindow window(city);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *cue = window.findChild<QToolButton *>(QStringLiteral("conflictsButton"));
        QVERIFY(cue);
        window.showCacheStatus(cache);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isCacheStatusPending(), 30000);
        QCOMPARE(window.syncController()->conflictCount(), 2);
        QVERIFY(cue->isVisible());
        QVERIFY2(cue->text().contains(QLatin1Char('2')), qPrintable(cue->text()));
        QVERIFY(window.syncController()->statusText().contains(
            ui::SyncController::tr(" · %n conflict(s)", nullptr, 2)));

        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty())
            window.statusBar()->grab().save(QString::fromLocal8Bit(dir) +
                                            QStringLiteral("/conflicts-cue.png"));
        QTest::mouseClick(cue, Qt::LeftButton);
        ui::ConflictDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::ConflictDialog *>()) != nullptr);
        QTRY_VERIFY(!dialog->isBusy());
        resolveWithMouse(*dialog, kFirst, "takeTheirs");
        resolveWithMouse(*dialog, kSecond, "takeTheirs");
        // Resolved: the cue goes, the status line no longer counts them.
        QCOMPARE(window.syncController()->conflictCount(), 0);
        QVERIFY(!cue->isVisible());
        QCOMPARE(queue(cache).keys(), QList<QString>{kWaiting});
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
