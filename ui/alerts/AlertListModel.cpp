#include "AlertListModel.h"

#include "alerts/AlertAcknowledger.h"
#include "domain/EnumText.h"
#include "domain/Levels.h"
#include "map/Symbols.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace yiping::ui {

namespace {

qint64 raisedAt(const store::ListedAlert &a)
{
    return a.alert.raisedAt.value_or(0);
}

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

AlertAckState AlertListModel::ackState(const store::ListedAlert &a)
{
    return AlertAcknowledger::stateOf(a.alert.status.raw, a.ackPending);
}

QString AlertListModel::stateText(const store::ListedAlert &a)
{
    if (ackState(a) == AlertAckState::Pending)
        return tr("Acknowledged · pending upload");
    if (a.alert.status == domain::AlertStatus::Acknowledged)
        return tr("Acknowledged");
    if (a.alert.status == domain::AlertStatus::Closed)
        return tr("Closed");
    return {};
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const store::ListedAlert &a = m_alerts[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString level = domain::EnumText::of(a.alert.level);
        const QString when = a.alert.raisedAt
                                 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(raisedAt(a)),
                                                      QStringLiteral("MM-dd HH:mm"))
                                 : QString();
        const QString state = stateText(a);
        return state.isEmpty() ? tr("[%1] %2\n%3").arg(level, when, a.alert.message)
                               : tr("[%1] %2 · %3\n%4").arg(level, when, state, a.alert.message);
    }
    case Qt::ToolTipRole:
        return ackState(a) == AlertAckState::Pending
                   ? tr("%1\nAcknowledged on this computer; uploaded at the next sync.")
                         .arg(domain::EnumText::alertRule(a.alert.rule))
                   : domain::EnumText::alertRule(a.alert.rule);
    case AckStateRole:
        return QVariant::fromValue(ackState(a));
    case Qt::DecorationRole:
        return map::riskColour(domain::Levels::of(a.alert.level));
    case LevelRole:
        return a.alert.level.raw;
    case IdRole:
        return a.alert.id;
    }
    return {};
}

void AlertListModel::setAlerts(store::AlertReader::Result read)
{
    std::stable_sort(read.alerts.begin(), read.alerts.end(),
                     [](const auto &a, const auto &b) { return raisedAt(a) > raisedAt(b); });
    beginResetModel();
    m_unlisted = std::max<qsizetype>(0, read.total - read.alerts.size());
    m_alerts = std::move(read.alerts);
    m_error = std::move(read.error);
    endResetModel();
}

void AlertListModel::setAckState(const QString &alertId, AlertAckState state)
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].alert.id == alertId) {
            m_alerts[i].ackPending = state == AlertAckState::Pending;
            Q_EMIT dataChanged(index(i), index(i));
            return;
        }
    }
}

void AlertListModel::addAlert(const store::ListedAlert &alert)
{
    if (updateAlert(alert))
        return;
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(alert);
    endInsertRows();
}

bool AlertListModel::updateAlert(const store::ListedAlert &alert)
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].alert.id != alert.alert.id)
            continue;
        // The ack waiting here stays until the new status says open no more.
        store::ListedAlert updated = alert;
        updated.ackPending = m_alerts[i].ackPending;
        if (!updated.lonLat)
            updated.lonLat = m_alerts[i].lonLat;
        if (updated.regionPath.isEmpty())
            updated.regionPath = m_alerts[i].regionPath;
        m_alerts[i] = updated;
        Q_EMIT dataChanged(index(i), index(i));
        return true;
    }
    return false;
}

bool AlertListModel::contains(const QString &alertId) const
{
    return std::any_of(m_alerts.cbegin(), m_alerts.cend(),
                       [&](const store::ListedAlert &a) { return a.alert.id == alertId; });
}

} // namespace yiping::ui
