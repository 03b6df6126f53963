#include "Theme.h"
#include "WidgetTestSetup.h"
#include "search/SearchBox.h"
#include "search/SearchResultsModel.h"
#include "store/DatasetImport.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace yiping;
using ui::SearchResultsModel;

// The search field against a real cache (the tiny dataset imported through the store):
// results grouped by kind as the user types, the keyboard, choosing a result.
class TestSearchBox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cache;

    QStringList headers(const SearchResultsModel *model) const
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->isHeader(row))
                out.append(model->index(row).data().toString());
        return out;
    }

    // Chinese arrives from the input method as committed text, not as key presses.
    static void type(QWidget *w, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(w, &event);
    }

    static QString chosenId(const QSignalSpy &spy, int i = 0)
    {
        return spy.at(i).at(0).value<store::SearchHit>().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(widgettest::setUpLookAndLanguage());
        QVERIFY(m_dir.isValid());
        m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
        auto opened = store::Store::open(m_cache);
        QVERIFY2(opened.store, qPrintable(opened.error));
        const auto imported = store::DatasetImport::run(
            *opened.store, QStringLiteral(YIPING_TEST_DATA "/tiny.ndjson"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
    }

    void typingShowsGroupedResults()
    {
        ui::SearchBox box;
        QAbstractItemModelTester tester(box.results(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        box.setCachePath(m_cache);
        box.resize(400, box.sizeHint().height());
        box.show();
        box.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&box));
        box.setFocus();
        type(&box, QStringLiteral("莆田"));
        QTRY_VERIFY(box.popup()->isVisible());
        const QStringList groups = headers(box.results());
        QCOMPARE(groups.size(), 2);
        QVERIFY2(groups[0].startsWith(SearchResultsModel::kindName(store::SearchKind::Site)),
                 qPrintable(groups.join(u',')));
        QVERIFY(groups[1].startsWith(SearchResultsModel::kindName(store::SearchKind::Region)));
        // The popup sits under the field.
        QVERIFY(box.popup()->geometry().top() >= box.mapToGlobal(QPoint(0, box.height())).y());

        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty()) {
            box.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/searchbox.png"));
            box.popup()->grab().save(QString::fromLocal8Bit(dir) +
                                     QStringLiteral("/searchbox-popup.png"));
        }
    }

    void enterChoosesTheSelectedHit()
    {
        ui::SearchBox box;
        box.setCachePath(m_cache);
        box.show();
        box.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&box));
        box.setFocus();
        QSignalSpy chosen(&box, &ui::SearchBox::resultChosen);

        type(&box, QStringLiteral("黄某"));
        QTRY_VERIFY(box.popup()->isVisible());
        QCOMPARE(box.results()->hitCount(), 1);
        QTest::keyClick(&box, Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosenId(chosen), QStringLiteral("p-2"));
        QCOMPARE(chosen.at(0).at(0).value<store::SearchHit>().kind, store::SearchKind::Person);
        QVERIFY(!box.popup()->isVisible());

        // "某" finds the three persons and the company: Down walks the hits, over the
        // header between the groups.
        box.clear();
        type(&box, QStringLiteral("某"));
        QTRY_VERIFY(box.popup()->isVisible());
        QCOMPARE(headers(box.results()).size(), 2);
        QCOMPARE(box.results()->hitCount(), 4);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&box, Qt::Key_Down);
        QTest::keyClick(&box, Qt::Key_Down); // already on the last hit: stays
        QTest::keyClick(&box, Qt::Key_Up);
        QTest::keyClick(&box, Qt::Key_Down);
        QTest::keyClick(&box, Qt::Key_Enter);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosenId(chosen, 1), QStringLiteral("o-1"));

        // Escape closes the list, then clears the field.
        type(&box, QStringLiteral("某"));
        QTRY_VERIFY(box.popup()->isVisible());
        QTest::keyClick(&box, Qt::Key_Escape);
        QVERIFY(!box.popup()->isVisible());
        QVERIFY(!box.text().isEmpty());
        QTest::keyClick(&box, Qt::Key_Escape);
        QVERIFY(box.text().isEmpty());
    }

    void clickingAHitChoosesIt()
    {
        ui::SearchBox box;
        box.setCachePath(m_cache);
        box.show();
        box.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&box));
        box.setFocus();
        QSignalSpy chosen(&box, &ui::SearchBox::resultChosen);
        type(&box, QStringLiteral("莆田"));
        QTRY_VERIFY(box.popup()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(box.popup()));
        QListView *view = box.resultsView();
        int regionRow = -1;
        for (int row = 0; row < box.results()->rowCount(); ++row)
            if (box.results()->index(row).data(SearchResultsModel::IdRole).toString() ==
                QStringLiteral("r-1"))
                regionRow = row;
        QVERIFY(regionRow > 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(box.results()->index(regionRow)).center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosenId(chosen), QStringLiteral("r-1"));
        QVERIFY(chosen.at(0).at(0).value<store::SearchHit>().location.has_value());
    }

    void noResultsIsSaid()
    {
        ui::SearchBox box;
        box.setCachePath(m_cache);
        box.show();
        box.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&box));
        box.setFocus();
        type(&box, QStringLiteral("不存在的名字"));
        QTRY_VERIFY(box.popup()->isVisible());
        QCOMPARE(box.results()->hitCount(), 0);
        QCOMPARE(box.statusText(), ui::SearchBox::tr("No results for “%1”").arg(u"不存在的名字"));
        QSignalSpy chosen(&box, &ui::SearchBox::resultChosen);
        QTest::keyClick(&box, Qt::Key_Return);
        QCOMPARE(chosen.count(), 0);
    }

    void theNewestQueryWins()
    {
        ui::SearchBox box;
        box.setCachePath(m_cache);
        box.show();
        box.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&box));
        box.setFocus();
        QSignalSpy chosen(&box, &ui::SearchBox::resultChosen);
        // A first query goes out; the user changes the text while its answer may be on its
        // way (before or after it: either way the first answer must not be what stays).
        QSignalSpy started(&box, &ui::SearchBox::searchStarted);
        type(&box, QStringLiteral("黄某"));
        QVERIFY(started.wait());
        box.clear();
        type(&box, QStringLiteral("吴某"));
        // Every answer is in (or dropped): nothing late can land after this.
        QTRY_VERIFY(!box.isSearching());
        QCOMPARE(started.count(), 2);
        QCOMPARE(box.results()->hitCount(), 1);
        QCOMPARE(box.results()->index(1).data(SearchResultsModel::IdRole).toString(),
                 QStringLiteral("p-3"));
        // Enter straight after typing searches at once and takes the best hit.
        box.clear();
        type(&box, QStringLiteral("陈某"));
        QTest::keyClick(&box, Qt::Key_Return);
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(chosenId(chosen), QStringLiteral("p-1"));
    }

    void aMissingCacheIsSaid()
    {
        ui::SearchBox box;
        box.setCachePath(m_dir.filePath(QStringLiteral("none.sqlite")));
        box.show();
        box.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&box));
        box.setFocus();
        type(&box, QStringLiteral("陈某"));
        QTRY_VERIFY(box.popup()->isVisible());
        QVERIFY(!box.statusText().isEmpty());
        QCOMPARE(box.results()->rowCount(), 0);
    }
};

QTEST_MAIN(TestSearchBox)
#include "tst_searchbox.moc"
