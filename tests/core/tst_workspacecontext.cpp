// The workspace context the pages share: selection with a primary, hover, region, named
// filters, each signalled once per real change and never on a no-op, and the Back/Forward
// history of selections as an analyst's browser keeps it.
#include "workspace/SelectionHistory.h"
#include "workspace/WorkspaceContext.h"

#include <QSignalSpy>
#include <QTest>

using namespace yiping;
using domain::RefType;
using workspace::ItemRef;
using workspace::Selection;
using workspace::WorkspaceContext;

namespace {

ItemRef person(const char *id)
{
    return {RefType::Person, QString::fromLatin1(id)};
}

ItemRef site(const char *id)
{
    return {RefType::Site, QString::fromLatin1(id)};
}

// "person:p1", or "-" for no selection: the history's states read as one string.
QString primaryOf(const WorkspaceContext &context)
{
    return context.selection().isEmpty() ? QStringLiteral("-") : context.primary().toString();
}

} // namespace

class TestWorkspaceContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refsReadAsTheContractNamesThem()
    {
        QCOMPARE(person("p1").toString(), QStringLiteral("person:p1"));
        QCOMPARE((ItemRef{RefType::Alert, QStringLiteral("ale-2")}).toString(),
                 QStringLiteral("alert:ale-2"));
        QVERIFY(ItemRef().isNull());
        QVERIFY((ItemRef{RefType::Person, QString()}).isNull());
        QVERIFY((ItemRef{RefType::Unknown, QStringLiteral("x")}).isNull());
        QCOMPARE(ItemRef().toString(), QString());
    }

    void aSelectionHasDistinctRefsAndOnePrimary()
    {
        // Null refs and repeats are dropped; the primary named is kept.
        const Selection s({person("p1"), ItemRef(), site("s1"), person("p1")}, site("s1"));
        QCOMPARE(s.items(), (QList<ItemRef>{person("p1"), site("s1")}));
        QCOMPARE(s.primary(), site("s1"));
        // A primary that is not among the items gives way to the first.
        QCOMPARE(Selection({person("p1"), site("s1")}, person("p9")).primary(), person("p1"));
        QCOMPARE(Selection({person("p1"), site("s1")}).primary(), person("p1"));
    }

    // Ctrl+click: worked out by hand as a file manager's multi-selection goes.
    void ctrlClickTogglesAnItemAndMovesThePrimary()
    {
        const Selection one = Selection::of(person("p1"));
        const Selection two = one.toggled(site("s1")); // added, and primary
        QCOMPARE(two.items(), (QList<ItemRef>{person("p1"), site("s1")}));
        QCOMPARE(two.primary(), site("s1"));
        const Selection three = two.toggled(person("p2"));
        QCOMPARE(three.items(), (QList<ItemRef>{person("p1"), site("s1"), person("p2")}));
        QCOMPARE(three.primary(), person("p2"));
        // Out again: not the primary, which stays; the primary, which passes to the first.
        const Selection back = three.toggled(site("s1"));
        QCOMPARE(back.items(), (QList<ItemRef>{person("p1"), person("p2")}));
        QCOMPARE(back.primary(), person("p2"));
        const Selection last = back.toggled(person("p2"));
        QCOMPARE(last.items(), QList<ItemRef>{person("p1")});
        QCOMPARE(last.primary(), person("p1"));
        QVERIFY(last.toggled(person("p1")).isEmpty());
        QVERIFY(last.contains(person("p1")));
        QVERIFY(!last.contains(person("p2")));
        QCOMPARE(last.toggled(ItemRef()), last); // nothing to toggle
        QVERIFY(Selection({ItemRef()}).isEmpty());
        QCOMPARE(Selection().primary(), ItemRef());
        // Same items, another primary: another selection.
        QVERIFY(Selection({person("p1"), site("s1")}, site("s1")) !=
                Selection({person("p1"), site("s1")}));
    }

    void selectionIsSignalledOncePerChange()
    {
        WorkspaceContext context;
        QSignalSpy spy(&context, &WorkspaceContext::selectionChanged);
        context.select(person("p1"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Selection>().primary(), person("p1"));
        QCOMPARE(context.primary(), person("p1"));
        context.select(person("p1")); // no-op
        QCOMPARE(spy.count(), 1);
        context.setSelection(Selection({person("p1"), site("s1")}, site("s1")));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(context.primary(), site("s1"));
        QCOMPARE(context.selection().items().size(), 2);
        context.setSelection(Selection({person("p1"), site("s1")}, site("s1"))); // no-op
        QCOMPARE(spy.count(), 2);
        context.clearSelection();
        QCOMPARE(spy.count(), 3);
        QVERIFY(context.selection().isEmpty());
        QCOMPARE(context.primary(), ItemRef());
        context.clearSelection();  // no-op
        context.select(ItemRef()); // selecting nothing is clearing: no-op too
        QCOMPARE(spy.count(), 3);
    }

    void hoverIsSignalledOncePerChange()
    {
        WorkspaceContext context;
        QSignalSpy spy(&context, &WorkspaceContext::hoveredChanged);
        context.setHovered(site("s1"));
        context.setHovered(site("s1"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(context.hovered(), site("s1"));
        context.setHovered(person("p1"));
        QCOMPARE(spy.count(), 2);
        context.setHovered({RefType::Person, QString()}); // a null ref is nothing hovered
        QCOMPARE(spy.count(), 3);
        QCOMPARE(context.hovered(), ItemRef());
        context.setHovered(ItemRef());
        QCOMPARE(spy.count(), 3);
        // Hovering is not selecting.
        QVERIFY(context.selection().isEmpty());
        QVERIFY(!context.canGoBack());
    }

    void regionIsSignalledOncePerChange()
    {
        WorkspaceContext context;
        QCOMPARE(context.region(), (workspace::RegionScope{1, QString()}));
        QVERIFY(context.region().isCity());
        QSignalSpy spy(&context, &WorkspaceContext::regionChanged);
        context.setRegion({1, QString()}); // the city already
        QCOMPARE(spy.count(), 0);
        context.setRegion({2, QStringLiteral("350302")});
        context.setRegion({2, QStringLiteral("350302")});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<workspace::RegionScope>().id, QStringLiteral("350302"));
        context.setRegion({3, QStringLiteral("350302001")});
        QCOMPARE(spy.count(), 2);
        QCOMPARE(context.region().level, 3);
        context.setRegion({});
        QCOMPARE(spy.count(), 3);
        QVERIFY(context.region().isCity());
    }

    void filtersAreNamedListsSignalledOncePerChange()
    {
        WorkspaceContext context;
        QSignalSpy spy(&context, &WorkspaceContext::filterChanged);
        const QStringList categories{QStringLiteral("drug_user"), QStringLiteral("petitioner")};
        context.setFilter(QStringLiteral("category"), categories);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("category"));
        QVERIFY(context.hasFilter(QStringLiteral("category")));
        context.setFilter(QStringLiteral("category"), categories); // no-op
        QCOMPARE(spy.count(), 1);
        context.setFilter(QStringLiteral("risk"), {QStringLiteral("4")});
        QCOMPARE(spy.count(), 2);
        QCOMPARE(context.filter(QStringLiteral("category")), categories);
        QCOMPARE(context.filters().keys(),
                 (QStringList{QStringLiteral("category"), QStringLiteral("risk")}));
        // An empty list keeps nothing: a filter still, not the lack of one.
        context.setFilter(QStringLiteral("category"), {});
        QCOMPARE(spy.count(), 3);
        QVERIFY(context.hasFilter(QStringLiteral("category")));
        QVERIFY(context.filter(QStringLiteral("category")).isEmpty());
        context.setFilter(QStringLiteral("category"), {}); // no-op
        QCOMPARE(spy.count(), 3);
        // Clearing lifts it; clearing one that is not set is a no-op.
        context.clearFilter(QStringLiteral("category"));
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.at(3).at(0).toString(), QStringLiteral("category"));
        QVERIFY(!context.hasFilter(QStringLiteral("category")));
        QCOMPARE(context.filters().keys(), QStringList{QStringLiteral("risk")});
        context.clearFilter(QStringLiteral("source"));
        QCOMPARE(spy.count(), 4);
        QVERIFY(!context.hasFilter(QStringLiteral("source")));
    }

    // Each step: an operation, then the primary it leaves ("-" for none) and whether Back
    // and Forward are offered. Worked out by hand as a browser's history would go.
    void backAndForward_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing to go back to")
            << QStringList{QStringLiteral("a"), QStringLiteral("<")}
            << QStringList{QStringLiteral("person:a --"), QStringLiteral("person:a --")};
        QTest::newRow("back and forward")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                           QStringLiteral("<"), QStringLiteral("<"), QStringLiteral(">")}
            << QStringList{QStringLiteral("person:a --"), QStringLiteral("person:b B-"),
                           QStringLiteral("person:c B-"), QStringLiteral("person:b BF"),
                           QStringLiteral("person:a -F"), QStringLiteral("person:b BF")};
        QTest::newRow("a new selection after Back drops what was ahead")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                           QStringLiteral("<"), QStringLiteral("<"), QStringLiteral("d"),
                           QStringLiteral(">"), QStringLiteral("<")}
            << QStringList{QStringLiteral("person:a --"), QStringLiteral("person:b B-"),
                           QStringLiteral("person:c B-"), QStringLiteral("person:b BF"),
                           QStringLiteral("person:a -F"), QStringLiteral("person:d B-"),
                           QStringLiteral("person:d B-"), QStringLiteral("person:a -F")};
        QTest::newRow("the same selection twice is one entry")
            << QStringList{QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b"),
                           QStringLiteral("b"), QStringLiteral("<"), QStringLiteral("<")}
            << QStringList{QStringLiteral("person:a --"), QStringLiteral("person:a --"),
                           QStringLiteral("person:b B-"), QStringLiteral("person:b B-"),
                           QStringLiteral("person:a -F"), QStringLiteral("person:a -F")};
        QTest::newRow("back from a cleared selection returns to it")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x"),
                           QStringLiteral("<"), QStringLiteral("<"), QStringLiteral(">")}
            << QStringList{QStringLiteral("person:a --"), QStringLiteral("person:b B-"),
                           QStringLiteral("- B-"),        QStringLiteral("person:b B-"),
                           QStringLiteral("person:a -F"), QStringLiteral("person:b B-")};
        QTest::newRow("clearing after Back keeps what is ahead; forward goes on from there")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("<"),
                           QStringLiteral("x"), QStringLiteral(">")}
            << QStringList{QStringLiteral("person:a --"), QStringLiteral("person:b B-"),
                           QStringLiteral("person:a -F"), QStringLiteral("- BF"),
                           QStringLiteral("person:b B-")};
        QTest::newRow("re-selecting what was cleared adds no entry")
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("x"),
                           QStringLiteral("b"), QStringLiteral("<")}
            << QStringList{QStringLiteral("person:a --"), QStringLiteral("person:b B-"),
                           QStringLiteral("- B-"), QStringLiteral("person:b B-"),
                           QStringLiteral("person:a -F")};
        QTest::newRow("a first selection cleared")
            << QStringList{QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("x"),
                           QStringLiteral("<"), QStringLiteral("<")}
            << QStringList{QStringLiteral("- --"), QStringLiteral("person:a --"),
                           QStringLiteral("- B-"), QStringLiteral("person:a --"),
                           QStringLiteral("person:a --")};
    }

    void backAndForward()
    {
        QFETCH(QStringList, steps);
        QFETCH(QStringList, expected);
        WorkspaceContext context;
        QStringList seen;
        for (const QString &step : steps) {
            if (step == QLatin1String("<"))
                context.goBack();
            else if (step == QLatin1String(">"))
                context.goForward();
            else if (step == QLatin1String("x"))
                context.clearSelection();
            else
                context.select({RefType::Person, step});
            seen.append(primaryOf(context) + QLatin1Char(' ') +
                        QLatin1Char(context.canGoBack() ? 'B' : '-') +
                        QLatin1Char(context.canGoForward() ? 'F' : '-'));
        }
        QCOMPARE(seen, expected);
    }

    void historyMovesAreSignalled()
    {
        WorkspaceContext context;
        QSignalSpy history(&context, &WorkspaceContext::historyChanged);
        QSignalSpy selection(&context, &WorkspaceContext::selectionChanged);
        context.select(person("a")); // no Back yet: nothing offered changed
        QCOMPARE(history.count(), 0);
        context.select(person("b")); // Back offered
        QCOMPARE(history.count(), 1);
        context.select(person("c")); // still Back only
        QCOMPARE(history.count(), 1);
        context.goBack(); // Forward offered too
        QCOMPARE(history.count(), 2);
        QCOMPARE(selection.count(), 4);
        QCOMPARE(context.primary(), person("b"));
        context.goBack(); // Back no longer
        QCOMPARE(history.count(), 3);
        context.goBack(); // at the start: nothing happens
        QCOMPARE(history.count(), 3);
        QCOMPARE(selection.count(), 5);
        context.goForward();
        context.goForward();
        context.goForward(); // at the end: nothing happens
        QCOMPARE(selection.count(), 7);
        QCOMPARE(context.primary(), person("c"));
        QCOMPARE(history.count(), 5);
    }

    void historyKeepsTheNewestEntries()
    {
        workspace::SelectionHistory history;
        const qsizetype n = workspace::SelectionHistory::limit + 10;
        for (qsizetype i = 0; i < n; ++i)
            history.record(Selection::of({RefType::Site, QString::number(i)}));
        qsizetype steps = 0;
        Selection oldest;
        while (history.canGoBack()) {
            oldest = history.back();
            ++steps;
        }
        QCOMPARE(steps, workspace::SelectionHistory::limit - 1);
        QCOMPARE(oldest.primary().id, QString::number(n - workspace::SelectionHistory::limit));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceContext)
#include "tst_workspacecontext.moc"
