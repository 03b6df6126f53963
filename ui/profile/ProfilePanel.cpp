#include "profile/ProfilePanel.h"

#include "Theme.h"
#include "domain/EnumText.h"
#include "map/Symbols.h"
#include "profile/LinkRow.h"
#include "profile/Portrait.h"
#include "profile/ProfileText.h"
#include "profile/RiskBadge.h"
#include "profile/RiskSparkline.h"

#include <QDateTime>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace yiping::ui {

namespace {

QString dateText(qint64 t, const QString &format = QStringLiteral("yyyy-MM-dd"))
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(t), format);
}

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // data, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("caption"));
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Ctrl+Enter in the note box adds the note, like the button.
class NoteEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> submit;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            event->modifiers().testFlag(Qt::ControlModifier) && submit) {
            submit();
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }
};

} // namespace

ProfilePanel::ProfilePanel(QWidget *parent)
    : QWidget(parent)
    , m_now(QDateTime::currentSecsSinceEpoch())
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("profilePanel"));
    setMinimumWidth(300);
    setStyleSheet(QStringLiteral(
        "QWidget#profilePanel { background: #10243D; }"
        "QLabel#panelTitle { font-weight: 600; font-size: 15px; }"
        "QLabel#profileTitle { font-size: 18px; font-weight: 600; }"
        "QLabel#caption, QLabel#fieldLabel { color: #8FA6C2; font-size: 12px; }"
        "QLabel#sectionTitle { font-weight: 600; border-bottom: 1px solid #24446A;"
        "  padding: 10px 0 3px 0; }"
        "QLabel#maskedMark { color: #8FA6C2; border: 1px solid #24446A; border-radius: 9px;"
        "  padding: 1px 8px; }"
        "QLabel#pendingMark { color: #FB8C00; font-size: 12px; }"
        "QLabel#panelMessage { color: #8FA6C2; padding: 24px; }"
        "QPlainTextEdit { background: #0B1A2E; border: 1px solid #24446A; }"
        "QPlainTextEdit:focus { border-color: #22D3EE; }"));

    auto *title = new QLabel(tr("Profile"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeProfile"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the profile"));
    close->setAccessibleName(tr("Close the profile"));
    connect(close, &QToolButton::clicked, this, &ProfilePanel::closed);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(12, 8, 6, 4);
    top->addWidget(title, 1);
    top->addWidget(close);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    clear();
}

QString ProfilePanel::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ProfilePanel::showMessage(const QString &text, bool error)
{
    m_profile = {};
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(theme::levelOrange.name())
                                   : QString());
    m_stack->setCurrentWidget(m_message);
    delete m_scroll->takeWidget();
    m_noteEdit = nullptr;
    m_addNote = nullptr;
    m_acknowledge = nullptr;
    m_ackPending = nullptr;
    m_ackState = AlertAckState::None;
}

void ProfilePanel::clear()
{
    showMessage(tr("Choose a person, site or place on the map, or search for one, to see its "
                   "profile here."),
                false);
}

void ProfilePanel::showLoading()
{
    showMessage(tr("Loading…"), false);
}

void ProfilePanel::showError(const QString &message)
{
    showMessage(tr("The profile could not be read: %1").arg(message), true);
}

void ProfilePanel::setProfile(const store::Profile &profile)
{
    // A refresh of the same record (e.g. after adding a note) keeps the reader's place.
    const bool same = profile.type == m_profile.type && profile.id == m_profile.id &&
                      m_stack->currentWidget() == m_scroll;
    const int position = same ? m_scroll->verticalScrollBar()->value() : 0;
    if (profile.type != m_profile.type || profile.id != m_profile.id)
        m_ackState = AlertAckState::None;
    m_profile = profile;
    delete m_scroll->takeWidget();
    m_scroll->setWidget(buildContent());
    m_stack->setCurrentWidget(m_scroll);
    QTimer::singleShot(0, m_scroll, [scroll = m_scroll, position] {
        scroll->verticalScrollBar()->setValue(position);
    });
}

QWidget *ProfilePanel::buildContent()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("profileContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 4, 12, 12);
    layout->setSpacing(4);
    layout->addWidget(header());
    if (m_profile.type == domain::RefType::Alert)
        layout->addWidget(acknowledgement());
    addFields(layout);
    addSections(layout);
    addRelations(layout);
    addRiskHistory(layout);
    addNotes(layout);
    layout->addStretch(1);
    return content;
}

QWidget *ProfilePanel::header()
{
    auto *box = new QWidget;
    auto *portrait = new Portrait(box);
    portrait->setType(m_profile.type);
    auto *title = selectable(ProfileText::value(m_profile.title), box);
    title->setObjectName(QStringLiteral("profileTitle"));
    auto *subtitle = selectable(ProfileText::value(m_profile.subtitle), box);
    subtitle->setObjectName(QStringLiteral("caption"));
    subtitle->setVisible(!subtitle->text().isEmpty());
    auto *risk = new RiskBadge(box);
    risk->setLevel(m_profile.risk);
    auto *masked = new QLabel(tr("Masked"), box);
    masked->setObjectName(QStringLiteral("maskedMark"));
    masked->setToolTip(tr("Personal data is partly hidden for your clearance."));
    masked->setVisible(m_profile.masked);

    auto *marks = new QHBoxLayout;
    marks->setSpacing(6);
    marks->addWidget(risk);
    marks->addWidget(masked);
    marks->addStretch(1);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(title);
    text->addWidget(subtitle);
    text->addLayout(marks);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(10);
    layout->addWidget(portrait, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return box;
}

void ProfilePanel::addTitle(QVBoxLayout *layout, const QString &title, const QString &count)
{
    auto *label = new QLabel(count.isEmpty() ? title : tr("%1 (%2)").arg(title, count));
    label->setObjectName(QStringLiteral("sectionTitle"));
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
}

void ProfilePanel::addFields(QVBoxLayout *layout)
{
    if (m_profile.fields.isEmpty())
        return;
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 6, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (const store::ProfileField &f : m_profile.fields) {
        // A field the masking policy hid for this viewer has nothing to show.
        const QString value = ProfileText::value(f.value);
        if (value.isEmpty())
            continue;
        auto *label = new QLabel(ProfileText::label(f));
        label->setObjectName(QStringLiteral("fieldLabel"));
        form->addRow(label, selectable(value, nullptr));
    }
    layout->addLayout(form);
}

void ProfilePanel::addSections(QVBoxLayout *layout)
{
    const QLocale locale;
    for (const store::ProfileSection &section : m_profile.sections) {
        const int total = std::max(section.total, int(section.links.size()));
        addTitle(
            layout, ProfileText::section(section.id),
            total > section.links.size()
                ? tr("%1 of %2").arg(locale.toString(section.links.size()), locale.toString(total))
                : locale.toString(total));
        for (const store::ProfileLink &link : section.links) {
            auto *row = new LinkRow(ProfileText::value(link.title), ProfileText::detail(link));
            connect(row, &LinkRow::clicked, this,
                    [this, type = link.type, id = link.id] { Q_EMIT linkActivated(type, id); });
            layout->addWidget(row);
        }
        if (section.links.isEmpty())
            layout->addWidget(caption(tr("None"), nullptr));
    }
}

void ProfilePanel::addRelations(QVBoxLayout *layout)
{
    const bool person = m_profile.type == domain::RefType::Person;
    if (m_profile.relationCounts.isEmpty() && !person)
        return;
    addTitle(layout, tr("Relations"));
    auto *grid = new QFormLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    for (const auto &[kind, count] : m_profile.relationCounts) {
        auto *label = new QLabel(domain::EnumText::of(kind));
        label->setObjectName(QStringLiteral("fieldLabel"));
        grid->addRow(label, new QLabel(QLocale().toString(count)));
    }
    layout->addLayout(grid);
    if (m_profile.relationCounts.isEmpty())
        layout->addWidget(caption(tr("No known relations"), nullptr));
    if (person && m_graphAvailable) {
        auto *graph = new QPushButton(tr("Open graph"));
        graph->setObjectName(QStringLiteral("openGraph"));
        graph->setToolTip(tr("This person's relations as a graph"));
        connect(graph, &QPushButton::clicked, this,
                [this, id = m_profile.id] { Q_EMIT openGraph(id); });
        layout->addWidget(graph, 0, Qt::AlignLeft);
    }
}

void ProfilePanel::addRiskHistory(QVBoxLayout *layout)
{
    if (m_profile.riskHistory.isEmpty())
        return;
    addTitle(layout, tr("Risk history"));
    auto *sparkline = new RiskSparkline;
    sparkline->setHistory(m_profile.riskHistory, m_now);
    layout->addWidget(sparkline);
    // Newest first, like the notes.
    for (auto it = m_profile.riskHistory.crbegin(); it != m_profile.riskHistory.crend(); ++it) {
        auto *line = selectable(tr("%1  %2  %3")
                                    .arg(dateText(it->at), RiskBadge::text(it->level), it->reason)
                                    .trimmed(),
                                nullptr);
        line->setStyleSheet(QStringLiteral("border-left: 3px solid %1; padding-left: 6px;")
                                .arg(map::riskColour(it->level).name()));
        layout->addWidget(line);
    }
}

void ProfilePanel::addNotes(QVBoxLayout *layout)
{
    addTitle(layout, tr("Notes"),
             m_profile.notes.isEmpty() ? QString() : QLocale().toString(m_profile.notes.size()));
    for (const domain::Annotation &note : m_profile.notes) {
        auto *head = new QHBoxLayout;
        head->setSpacing(8);
        QStringList by;
        if (!note.author.isEmpty())
            by.append(note.author);
        if (note.createdAt)
            by.append(dateText(*note.createdAt, QStringLiteral("yyyy-MM-dd HH:mm")));
        head->addWidget(caption(by.join(QStringLiteral(" · ")), nullptr));
        // A note the server has not stored yet has no revision.
        if (note.rev <= 0) {
            auto *pending = new QLabel(tr("Pending upload"));
            pending->setObjectName(QStringLiteral("pendingMark"));
            pending->setToolTip(tr("Kept on this computer; uploaded at the next sync."));
            head->addWidget(pending);
        }
        head->addStretch(1);
        layout->addLayout(head);
        layout->addWidget(selectable(note.text, nullptr));
    }

    auto *edit = new NoteEdit;
    edit->setObjectName(QStringLiteral("noteEdit"));
    edit->setPlaceholderText(tr("Add a note… (Ctrl+Enter)"));
    edit->setAccessibleName(tr("New note"));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
    edit->submit = [this] { submitNote(); };
    auto *add = new QPushButton(tr("Add note"));
    add->setObjectName(QStringLiteral("addNote"));
    add->setEnabled(false);
    connect(edit, &QPlainTextEdit::textChanged, add,
            [edit, add] { add->setEnabled(!edit->toPlainText().trimmed().isEmpty()); });
    connect(add, &QPushButton::clicked, this, &ProfilePanel::submitNote);
    layout->addSpacing(6);
    layout->addWidget(edit);
    layout->addWidget(add, 0, Qt::AlignRight);
    m_noteEdit = edit;
    m_addNote = add;
}

QWidget *ProfilePanel::acknowledgement()
{
    auto *box = new QWidget;
    m_acknowledge = new QPushButton(tr("Acknowledge"), box);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlert"));
    m_acknowledge->setToolTip(tr("Acknowledge this alert; uploaded at the next sync."));
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (m_ackState != AlertAckState::Open)
            return;
        // Shown at once; the page queues it off the GUI thread.
        setAlertAckState(AlertAckState::Pending);
        Q_EMIT acknowledgeRequested(m_profile.id);
    });
    m_ackPending = new QLabel(tr("Acknowledged · pending upload"), box);
    m_ackPending->setObjectName(QStringLiteral("pendingMark"));
    m_ackPending->setToolTip(tr("Kept on this computer; uploaded at the next sync."));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_ackPending);
    layout->addStretch(1);
    showAckState();
    return box;
}

void ProfilePanel::setAlertAckState(AlertAckState state)
{
    m_ackState = state;
    showAckState();
}

void ProfilePanel::showAckState()
{
    if (m_acknowledge)
        m_acknowledge->setVisible(m_ackState == AlertAckState::Open);
    if (m_ackPending)
        m_ackPending->setVisible(m_ackState == AlertAckState::Pending);
}

void ProfilePanel::submitNote()
{
    const QString text = m_noteEdit ? m_noteEdit->toPlainText().trimmed() : QString();
    if (text.isEmpty() || m_profile.id.isEmpty())
        return;
    m_noteEdit->clear();
    Q_EMIT noteRequested(m_profile.type, m_profile.id, text);
}

} // namespace yiping::ui
