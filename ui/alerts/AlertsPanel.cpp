#include "alerts/AlertsPanel.h"

#include "alerts/AlertFilterBar.h"
#include "alerts/AlertFilterModel.h"
#include "alerts/AlertListModel.h"

#include "Theme.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace yiping::ui {

AlertsPanel::AlertsPanel(AlertListModel *model, workspace::WorkspaceContext *workspace,
                         QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_shown(new AlertFilterModel(model, this))
    , m_filterBar(new AlertFilterBar(model, m_shown, workspace, this))
    , m_list(new QListView(this))
    , m_message(new QLabel(this))
    , m_button(new QPushButton(tr("Acknowledge"), this))
    , m_acknowledge(new QAction(tr("&Acknowledge"), this))
{
    m_list->setObjectName(QStringLiteral("alertsList"));
    m_list->setModel(m_shown);
    m_list->setWordWrap(true);
    m_list->setIconSize(QSize(12, 12));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_message->setObjectName(QStringLiteral("alertsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setContentsMargins(10, 8, 10, 8);

    // Ctrl+K while the alerts have focus: a key that no editor or the map takes.
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlert"));
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_acknowledge->setToolTip(tr("Acknowledge the chosen alert (Ctrl+K); uploaded at the next "
                                 "sync"));
    addAction(m_acknowledge);
    m_button->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    m_button->setToolTip(m_acknowledge->toolTip());
    connect(m_button, &QPushButton::clicked, m_acknowledge, &QAction::trigger);
    connect(m_acknowledge, &QAction::triggered, this, &AlertsPanel::acknowledgeCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 6, 6);
    buttons->addStretch(1);
    buttons->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    // An alert in the list opens its profile beside the map.
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT alertActivated(index.data(AlertListModel::IdRole).toString());
    });
    connect(m_list, &QListView::clicked, m_list, &QListView::activated);
    m_list->setMouseTracking(true); // entered() while no button is held
    connect(m_list, &QListView::entered, this, [this](const QModelIndex &index) {
        Q_EMIT alertHovered(index.data(AlertListModel::IdRole).toString());
    });
    connect(m_list, &QListView::viewportEntered, this, [this] { Q_EMIT alertHovered({}); });
    m_list->viewport()->installEventFilter(this);
    connect(m_list, &QWidget::customContextMenuRequested, this, &AlertsPanel::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AlertsPanel::updateAction);
    // The chosen row's state changes under the selection: acknowledged here, a live
    // update, the list re-read after a sync.
    connect(model, &QAbstractItemModel::dataChanged, this, &AlertsPanel::updateAction);
    connect(model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateAction);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AlertsPanel::updateAction);
    connect(model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateMessage);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AlertsPanel::updateMessage);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AlertsPanel::updateMessage);
    connect(m_shown, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateMessage);
    connect(m_shown, &QAbstractItemModel::rowsInserted, this, &AlertsPanel::updateMessage);
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &AlertsPanel::updateMessage);
    connect(m_shown, &QAbstractItemModel::layoutChanged, this, &AlertsPanel::updateMessage);
    updateAction();
    updateMessage();
}

bool AlertsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Leave)
        Q_EMIT alertHovered({});
    return QWidget::eventFilter(watched, event);
}

QString AlertsPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AlertsPanel::updateMessage()
{
    const QString error = m_model->error();
    if (!error.isEmpty()) {
        // A cache that cannot be read is not a quiet city: say so, in the warning colour.
        m_message->setText(error);
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(theme::levelOrange.name()));
    } else {
        m_message->setText(tr("No open alerts."));
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(theme::textSecondary.name()));
    }
    if (error.isEmpty() && m_model->rowCount() > 0)
        m_message->setText(tr("No alert matches the filter."));
    m_message->setVisible(!error.isEmpty() || m_shown->rowCount() == 0);
}

QString AlertsPanel::currentAlertId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(AlertListModel::IdRole).toString() : QString();
}

void AlertsPanel::updateAction()
{
    const QModelIndex index = m_list->currentIndex();
    const auto state = index.isValid()
                           ? index.data(AlertListModel::AckStateRole).value<AlertAckState>()
                           : AlertAckState::None;
    m_acknowledge->setEnabled(state == AlertAckState::Open);
    m_button->setEnabled(state == AlertAckState::Open);
    // The button says why it is not offered, rather than being a control that does nothing.
    m_button->setText(state == AlertAckState::Pending ? tr("Acknowledged · pending upload")
                                                      : tr("Acknowledge"));
}

void AlertsPanel::acknowledgeCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() ||
        index.data(AlertListModel::AckStateRole).value<AlertAckState>() != AlertAckState::Open)
        return;
    Q_EMIT acknowledgeRequested(index.data(AlertListModel::IdRole).toString());
}

void AlertsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(
        tr("Show &Profile"), this,
        [this, id = index.data(AlertListModel::IdRole).toString()] { Q_EMIT alertActivated(id); });
    // Acknowledged or closed alerts have nothing to acknowledge: no entry at all.
    if (m_acknowledge->isEnabled())
        menu.addAction(m_acknowledge);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace yiping::ui
