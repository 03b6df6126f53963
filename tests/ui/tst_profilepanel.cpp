#include "Theme.h"
#include "WidgetTestSetup.h"
#include "profile/LinkRow.h"
#include "profile/ProfilePanel.h"
#include "profile/RiskBadge.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace yiping;
using domain::EnumValue;
using domain::RefType;
using store::FieldId;

// The 全息档案 panel as a user reads and uses it: fields (masked identifiers stay masked),
// links to other records, the graph, notes (pending ones marked) and adding one.
class TestProfilePanel : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kDay = 24 * 3600;
    const qint64 m_now =
        QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::UTC).toSecsSinceEpoch();

    store::Profile person() const
    {
        store::Profile p;
        p.type = RefType::Person;
        p.id = QStringLiteral("p-1");
        p.title = QStringLiteral("陈某");
        p.subtitle = EnumValue<domain::PersonCategory>::of(domain::PersonCategory::Petitioner);
        p.risk = 3;
        p.masked = true;
        p.fields = {
            {FieldId::IdNumber, QStringLiteral("350302********1234")},
            {FieldId::Phone, QStringLiteral("138****5678")},
            {FieldId::Status, EnumValue<domain::PersonStatus>::of(domain::PersonStatus::Managed)},
            {FieldId::GridCell, QStringLiteral("龙桥第一网格")},
            {FieldId::RiskLevel, store::RiskLevel{3}},
            {FieldId::GridOfficer, domain::Contact{QStringLiteral("王网格"), QString()}},
            {FieldId::Address, QString()}, // hidden from this viewer by the masking policy
        };
        store::ProfileSection events;
        events.id = store::SectionId::Events;
        events.total = 153;
        for (int i = 1; i <= 3; ++i) {
            store::ProfileLink l;
            l.type = RefType::Event;
            l.id = QStringLiteral("e-%1").arg(i);
            l.title = QStringLiteral("盗窃电动车 %1").arg(i);
            l.facts = {store::Time{m_now - i * kDay},
                       EnumValue<domain::EventSource>::of(domain::EventSource::Police),
                       EnumValue<domain::EventStatus>::of(domain::EventStatus::New)};
            events.links.append(l);
        }
        store::ProfileSection cases;
        cases.id = store::SectionId::Cases;
        cases.total = 1;
        cases.links = {{RefType::Case,
                        QStringLiteral("c-1"),
                        QStringLiteral("(2026)莆刑001"),
                        {QStringLiteral("(2026)莆刑001"),
                         EnumValue<domain::Stage>::of(domain::Stage::Investigation),
                         EnumValue<domain::Agency>::of(domain::Agency::Police)},
                        std::nullopt,
                        std::nullopt}};
        p.sections = {events, cases};
        p.relationCounts = {{EnumValue<domain::RelationKind>::of(domain::RelationKind::Call), 12},
                            {EnumValue<domain::RelationKind>::of(domain::RelationKind::Kin), 3}};
        p.riskHistory = {{m_now - 200 * kDay, 1, QStringLiteral("建档")},
                         {m_now - 90 * kDay, 2, QStringLiteral("多次越级上访")},
                         {m_now - 10 * kDay, 3, QStringLiteral("扬言极端行为")}};
        domain::Annotation stored;
        stored.id = QStringLiteral("n-1");
        stored.rev = 31;
        stored.author = QStringLiteral("analyst1");
        stored.createdAt = m_now - 5 * kDay;
        stored.text = QStringLiteral("已与社区民警联系，每周走访一次。");
        domain::Annotation pending = stored;
        pending.id = QStringLiteral("n-2");
        pending.rev = 0;
        pending.createdAt = m_now - 3600;
        pending.text = QStringLiteral("今日电话回访，情绪稳定。");
        p.notes = {pending, stored}; // newest first
        return p;
    }

    static QStringList shownTexts(const QWidget &w)
    {
        QStringList out;
        for (const QLabel *l : w.findChildren<QLabel *>())
            if (l->isVisible())
                out.append(l->text());
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(widgettest::setUpLookAndLanguage()); }

    void showsHeaderAndFields()
    {
        ui::ProfilePanel panel;
        panel.resize(380, 1100);
        panel.setNow(m_now);
        panel.setProfile(person());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QStringList texts = shownTexts(panel);
        QVERIFY(texts.contains(QStringLiteral("陈某")));
        // The typed values in words: labels, enums, the level by its one name, a contact.
        QVERIFY(texts.contains(QStringLiteral("Key petitioner")));
        QVERIFY(texts.contains(QStringLiteral("龙桥第一网格")));
        for (const char *shown :
             {"ID number", "Phone", "Status", "Under management", "Grid cell", "Risk level",
              "Ⅱ · High", "Grid officer", "王网格", "Phone contact", "Kin"})
            QVERIFY2(texts.contains(QString::fromUtf8(shown)), shown);
        // A field the policy hid is not shown at all, not as an empty row.
        QVERIFY(!texts.contains(QStringLiteral("Address")));
        QVERIFY(texts.contains(ui::ProfilePanel::tr("Masked")));
        QVERIFY(texts.contains(ui::RiskBadge::text(3)));
        // Capped sections say how many there are in all.
        QVERIFY(texts.contains(QStringLiteral("Events (3 of 153)")));
        QVERIFY(texts.contains(QStringLiteral("Cases (1)")));
        QCOMPARE(texts.count(ui::ProfilePanel::tr("Pending upload")), 1);

        // Values can be selected and copied.
        auto labels = panel.findChildren<QLabel *>();
        auto id = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text() == QStringLiteral("350302********1234");
        });
        QVERIFY(id != labels.cend());
        QVERIFY((*id)->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

        if (const QByteArray dir = qgetenv("YIPING_SHOTS"); !dir.isEmpty())
            panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/profilepanel.png"));
    }

    void aMaskedIdNumberStaysMasked()
    {
        ui::ProfilePanel panel;
        panel.setProfile(person());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Nowhere (text, tooltip, accessible text) does a full ID or phone number appear.
        const QRegularExpression full(QStringLiteral("\\d{17}[\\dXx]|1\\d{10}"));
        for (const QWidget *w : panel.findChildren<QWidget *>()) {
            const auto *label = qobject_cast<const QLabel *>(w);
            for (const QString &s : {label ? label->text() : QString(), w->toolTip(),
                                     w->accessibleName(), w->accessibleDescription()})
                QVERIFY2(!full.match(s).hasMatch(), qPrintable(s));
        }
        QVERIFY(shownTexts(panel).contains(QStringLiteral("350302********1234")));
        QVERIFY(shownTexts(panel).contains(QStringLiteral("138****5678")));

        store::Profile unmasked = person();
        unmasked.masked = false;
        panel.setProfile(unmasked);
        QVERIFY(!shownTexts(panel).contains(ui::ProfilePanel::tr("Masked")));
    }

    void clickingALinkOpensThatRecord()
    {
        ui::ProfilePanel panel;
        panel.resize(380, 1100);
        // No graph view: no button that would do nothing.
        panel.setProfile(person());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("openGraph")));
        panel.setGraphAvailable(true);
        panel.setProfile(person());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &ui::ProfilePanel::linkActivated);
        const QList<ui::LinkRow *> rows = panel.findChildren<ui::LinkRow *>();
        QCOMPARE(rows.size(), 4);
        ui::LinkRow *secondEvent = rows[1];
        QCOMPARE(secondEvent->text(), QStringLiteral("盗窃电动车 2"));
        // Two days before "now" (2026-11-27 08:00 UTC), in the city's time (UTC+8).
        QCOMPARE(secondEvent->detail(), QStringLiteral("2026-11-25 16:00 · Police report · New"));
        QCOMPARE(rows[3]->detail(),
                 QStringLiteral("(2026)莆刑001 · Investigation · Public security"));
        QTest::mouseClick(secondEvent, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<RefType>(), RefType::Event);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("e-2"));

        // And from the keyboard.
        rows[3]->setFocus();
        QTest::keyClick(rows[3], Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<RefType>(), RefType::Case);
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("c-1"));

        QSignalSpy graph(&panel, &ui::ProfilePanel::openGraph);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("openGraph")),
                          Qt::LeftButton);
        QCOMPARE(graph.count(), 1);
        QCOMPARE(graph.at(0).at(0).toString(), QStringLiteral("p-1"));

        QSignalSpy closed(&panel, &ui::ProfilePanel::closed);
        QTest::mouseClick(panel.findChild<QToolButton *>(QStringLiteral("closeProfile")),
                          Qt::LeftButton);
        QCOMPARE(closed.count(), 1);
    }

    void addingANoteAsksForIt()
    {
        ui::ProfilePanel panel;
        panel.resize(380, 1100);
        panel.setProfile(person());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &ui::ProfilePanel::noteRequested);
        auto *edit = panel.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
        auto *add = panel.findChild<QPushButton *>(QStringLiteral("addNote"));
        QVERIFY(edit && add);
        QVERIFY(!add->isEnabled());
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("   "));
        QVERIFY(!add->isEnabled()); // blank is no note
        edit->clear();
        QInputMethodEvent typed; // Chinese arrives from the input method as committed text
        typed.setCommitString(QStringLiteral("走访：本人在家，无异常"));
        QApplication::sendEvent(edit, &typed);
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<RefType>(), RefType::Person);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("p-1"));
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("走访：本人在家，无异常"));
        QVERIFY(edit->toPlainText().isEmpty());

        // Ctrl+Enter adds one too.
        QTest::keyClicks(edit, QStringLiteral("second"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(2).toString(), QStringLiteral("second"));

        // The page stores it and shows the profile again, now with the pending note.
        store::Profile again = person();
        domain::Annotation queued;
        queued.id = QStringLiteral("n-3");
        queued.text = QStringLiteral("走访：本人在家，无异常");
        again.notes.prepend(queued);
        panel.setProfile(again);
        QCOMPARE(shownTexts(panel).count(ui::ProfilePanel::tr("Pending upload")), 2);
        QVERIFY(shownTexts(panel).contains(QStringLiteral("走访：本人在家，无异常")));
    }

    void loadingErrorAndEmpty()
    {
        ui::ProfilePanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.message().isEmpty());
        panel.showLoading();
        QCOMPARE(panel.message(), ui::ProfilePanel::tr("Loading…"));
        panel.showError(QStringLiteral("disk I/O error"));
        QVERIFY(panel.message().contains(QStringLiteral("disk I/O error")));
        panel.setProfile(person());
        QVERIFY(panel.message().isEmpty());
        QVERIFY(shownTexts(panel).contains(QStringLiteral("陈某")));
        panel.clear();
        QVERIFY(!shownTexts(panel).contains(QStringLiteral("陈某")));
        QVERIFY(panel.profile().id.isEmpty());
    }
};

QTEST_MAIN(TestProfilePanel)
#include "tst_profilepanel.moc"
