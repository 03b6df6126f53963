#include "search/SearchBox.h"

#include "search/SearchResultDelegate.h"
#include "search/SearchResultsModel.h"
#include "security/SearchMasking.h"

#include <QApplication>
#include <QFileInfo>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QScreen>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace yiping::ui {

namespace {
constexpr int kDebounceMs = 120;
constexpr int kPopupMinWidth = 380;
constexpr int kPopupMaxHeight = 440;
// The key of search requests: a newer query supersedes the one before.
const QString kSearch = QStringLiteral("search");
} // namespace

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new SearchResultsModel(this))
    , m_popup(new QFrame(this, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus))
    , m_view(new QListView(m_popup))
    , m_status(new QLabel(m_popup))
    , m_debounce(new QTimer(this))
    , m_reads(QStringLiteral("search"))
{
    setObjectName(QStringLiteral("searchBox"));
    setPlaceholderText(tr("Search persons, sites, cases, places… (Ctrl+F)"));
    setAccessibleName(tr("Search"));
    setClearButtonEnabled(true);
    setStyleSheet(
        QStringLiteral("QLineEdit#searchBox { background: #10243D; border: 1px solid #24446A;"
                       "  border-radius: 3px; padding: 4px 8px; }"
                       "QLineEdit#searchBox:focus { border-color: #22D3EE; }"));
    setMinimumWidth(260);

    // The popup never takes focus: the keys keep going to the field, which drives the list.
    m_popup->setObjectName(QStringLiteral("searchPopup"));
    m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
    m_popup->setStyleSheet(
        QStringLiteral("QFrame#searchPopup { background: #10243D; border: 1px solid #24446A; }"
                       "QListView { background: transparent; border: none; outline: none; }"
                       "QLabel { color: #8FA6C2; padding: 8px 10px; }"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMouseTracking(true);
    m_view->setUniformItemSizes(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex &index) { choose(index.row()); });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchBox::search);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_chooseWhenFound = false;
        if (text.trimmed().isEmpty()) {
            m_debounce->stop();
            m_reads.cancel(kSearch); // whatever is in flight is now stale
            m_model->clear();
            hidePopup();
            return;
        }
        m_debounce->start();
    });

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
    });
}

SearchBox::~SearchBox() = default;

void SearchBox::setCachePath(const QString &path)
{
    m_reads.setCachePath(path);
}

bool SearchBox::isSearching() const
{
    return m_debounce->isActive() || m_reads.isBusy();
}

QWidget *SearchBox::popup() const
{
    return m_popup;
}

QString SearchBox::statusText() const
{
    return m_status->isVisibleTo(m_popup) ? m_status->text() : QString();
}

void SearchBox::search()
{
    const QString query = text().trimmed();
    if (query.isEmpty())
        return;
    m_reads.request(
        kSearch,
        [query, viewer = m_clearance](read::ReadContext &c) {
            if (c.cachePath().isEmpty() || !QFileInfo::exists(c.cachePath()))
                throw read::ReadError(tr("There is no local cache to search yet."));
            try {
                return security::SearchMasking::forViewer(c.get<store::Search>().find(query),
                                                          viewer);
            } catch (const store::SqlError &e) {
                c.close(); // try afresh next time (the file may have been replaced)
                throw read::ReadError(tr("The search failed: %1").arg(e.message()));
            }
        },
        // An answer to a query the user has typed past never comes: it was superseded.
        [this, query](const read::ReadResult<QList<store::SearchGroup>> &r) {
            if (r.ok())
                onFound(query, *r);
            else
                onFailed(r.error);
        });
    Q_EMIT searchStarted(query);
}

void SearchBox::onFound(const QString &query, const QList<store::SearchGroup> &groups)
{
    m_model->setGroups(groups);
    const bool none = m_model->hitCount() == 0;
    m_status->setText(none ? tr("No results for “%1”").arg(query) : QString());
    m_status->setVisible(none);
    m_view->setVisible(!none);
    const int first = m_model->nextHitRow(-1, 1);
    m_view->setCurrentIndex(none ? QModelIndex() : m_model->index(first));
    if (m_chooseWhenFound) {
        m_chooseWhenFound = false;
        if (!none) {
            choose(first);
            return;
        }
    }
    if (hasFocus())
        showPopup();
}

void SearchBox::onFailed(const QString &error)
{
    m_chooseWhenFound = false;
    m_model->clear();
    m_status->setText(error);
    m_status->setVisible(true);
    m_view->setVisible(false);
    if (hasFocus())
        showPopup();
}

void SearchBox::showPopup()
{
    const int rows = m_model->rowCount();
    int listHeight = 0;
    for (int row = 0; row < rows && listHeight < kPopupMaxHeight; ++row)
        listHeight += m_view->sizeHintForRow(row);
    const int height =
        std::min(kPopupMaxHeight, m_view->isVisibleTo(m_popup) ? listHeight + 4 : 0) +
        (m_status->isVisibleTo(m_popup) ? m_status->sizeHint().height() : 0) + 2;
    const QPoint below = mapToGlobal(QPoint(0, this->height() + 2));
    m_popup->setGeometry(QRect(below, QSize(std::max(width(), kPopupMinWidth), height)));
    m_popup->show();
    m_popup->raise();
}

void SearchBox::hidePopup()
{
    m_popup->hide();
}

void SearchBox::moveCurrent(int step)
{
    if (m_model->hitCount() == 0)
        return;
    if (!m_popup->isVisible()) {
        showPopup();
        return;
    }
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int next = m_model->nextHitRow(row, step);
    if (next >= 0 && next != row) {
        m_view->setCurrentIndex(m_model->index(next));
        m_view->scrollTo(m_model->index(next));
    }
}

void SearchBox::choose(int row)
{
    const store::SearchHit *hit = m_model->hit(row);
    if (!hit)
        return;
    const store::SearchHit chosen = *hit; // the model may be reset by a slot
    hidePopup();
    Q_EMIT resultChosen(chosen);
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        moveCurrent(1);
        return;
    case Qt::Key_Up:
        moveCurrent(-1);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        for (int i = 0; i < 8; ++i)
            moveCurrent(event->key() == Qt::Key_PageDown ? 1 : -1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_debounce->isActive()) {
            // Typed and pressed Enter at once: search now and take the best hit.
            m_debounce->stop();
            m_chooseWhenFound = true;
            search();
        } else if (m_popup->isVisible() && m_view->currentIndex().isValid()) {
            choose(m_view->currentIndex().row());
        } else if (m_model->hitCount() > 0) {
            choose(m_model->nextHitRow(-1, 1));
        }
        return;
    case Qt::Key_Escape:
        if (m_popup->isVisible())
            hidePopup();
        else
            clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchBox::focusOutEvent(QFocusEvent *event)
{
    // A click into the list is handled first (the popup takes no focus); anything else
    // that takes the focus away closes it.
    if (!m_popup->underMouse())
        hidePopup();
    QLineEdit::focusOutEvent(event);
}

} // namespace yiping::ui
