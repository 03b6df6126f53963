#include "AlertListModel.h"

#include "Theme.h"
#include "alerts/AlertAcknowledger.h"
#include "store/Sqlite.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace yiping::ui {

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QString AlertListModel::levelText(const QString &level)
{
    if (level == QLatin1String("red"))
        return tr("I red");
    if (level == QLatin1String("orange"))
        return tr("II orange");
    if (level == QLatin1String("yellow"))
        return tr("III yellow");
    if (level == QLatin1String("blue"))
        return tr("IV blue");
    return level;
}

QColor AlertListModel::levelColour(const QString &level)
{
    if (level == QLatin1String("red"))
        return theme::levelRed;
    if (level == QLatin1String("orange"))
        return theme::levelOrange;
    if (level == QLatin1String("yellow"))
        return theme::levelYellow;
    if (level == QLatin1String("blue"))
        return theme::levelBlue;
    return theme::textSecondary;
}

AlertAckState AlertListModel::Alert::ackState() const
{
    return AlertAcknowledger::stateOf(status, ackPending);
}

QString AlertListModel::stateText(const Alert &a)
{
    if (a.ackState() == AlertAckState::Pending)
        return tr("Acknowledged · pending upload");
    if (a.status == QLatin1String("acknowledged"))
        return tr("Acknowledged");
    if (a.status == QLatin1String("closed"))
        return tr("Closed");
    return {};
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &a = m_alerts[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString when =
            QLocale().toString(a.raisedAt.toLocalTime(), QStringLiteral("MM-dd HH:mm"));
        const QString state = stateText(a);
        return state.isEmpty()
                   ? tr("[%1] %2\n%3").arg(levelText(a.level), when, a.message)
                   : tr("[%1] %2 · %3\n%4").arg(levelText(a.level), when, state, a.message);
    }
    case Qt::ToolTipRole:
        return a.ackState() == AlertAckState::Pending
                   ? tr("%1\nAcknowledged on this computer; uploaded at the next sync.").arg(a.rule)
                   : a.rule;
    case AckStateRole:
        return QVariant::fromValue(a.ackState());
    case Qt::DecorationRole:
        return levelColour(a.level);
    case LevelRole:
        return a.level;
    case IdRole:
        return a.id;
    }
    return {};
}

void AlertListModel::setAlerts(QList<Alert> alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Alert &a, const Alert &b) { return a.raisedAt > b.raisedAt; });
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

void AlertListModel::setAckState(const QString &alertId, AlertAckState state)
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].id == alertId) {
            m_alerts[i].ackPending = state == AlertAckState::Pending;
            Q_EMIT dataChanged(index(i), index(i));
            return;
        }
    }
}

void AlertListModel::addAlert(const Alert &alert)
{
    if (updateAlert(alert))
        return;
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(alert);
    endInsertRows();
}

bool AlertListModel::updateAlert(const Alert &alert)
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].id != alert.id)
            continue;
        // The ack waiting here stays until the new status says open no more.
        Alert updated = alert;
        updated.ackPending = m_alerts[i].ackPending;
        if (!updated.lonLat)
            updated.lonLat = m_alerts[i].lonLat;
        m_alerts[i] = updated;
        Q_EMIT dataChanged(index(i), index(i));
        return true;
    }
    return false;
}

bool AlertListModel::contains(const QString &alertId) const
{
    return std::any_of(m_alerts.cbegin(), m_alerts.cend(),
                       [&](const Alert &a) { return a.id == alertId; });
}

AlertListModel::Alert AlertListModel::fromJson(const QJsonObject &o)
{
    Alert a;
    a.id = o.value(QLatin1String("id")).toString();
    a.level = o.value(QLatin1String("level")).toString();
    a.message = o.value(QLatin1String("message")).toString();
    a.rule = o.value(QLatin1String("rule")).toString();
    a.raisedAt = QDateTime::fromString(o.value(QLatin1String("raised_at")).toString(), Qt::ISODate);
    a.regionId = o.value(QLatin1String("region_id")).toString();
    a.status = o.value(QLatin1String("status")).toString();
    return a;
}

QList<AlertListModel::Alert> AlertListModel::readOpen(const QString &cachePath, int limit)
{
    QList<Alert> out;
    if (!QFileInfo::exists(cachePath))
        return out;
    auto opened = store::Store::open(cachePath);
    if (!opened.store)
        return out;
    try {
        // rev order is the order the server raised them in.
        store::Statement st(
            opened.store->database(),
            "SELECT a.json, json_extract(r.json, '$.centroid[0]'), "
            "json_extract(r.json, '$.centroid[1]') FROM alerts a LEFT JOIN regions r "
            "ON r.id = json_extract(a.json, '$.region_id') "
            "WHERE json_extract(a.json, '$.status') = 'open' ORDER BY a.rev DESC LIMIT ?");
        st.bind(1, limit);
        const QSet<QString> acked = AlertAcknowledger::pendingAcks(opened.store->database());
        while (st.step()) {
            Alert a = fromJson(QJsonDocument::fromJson(st.columnBytes(0)).object());
            a.ackPending = acked.contains(a.id);
            if (!st.isNull(1) && !st.isNull(2))
                a.lonLat = QPointF(st.columnDouble(1), st.columnDouble(2));
            out.append(a);
        }
    } catch (const store::SqlError &) {
        // An unreadable alert table shows as an empty list; the status bar names the cache.
    }
    return out;
}

std::optional<QPointF> AlertListModel::regionCentre(const QString &cachePath,
                                                    const QString &regionId)
{
    if (regionId.isEmpty() || !QFileInfo::exists(cachePath))
        return std::nullopt;
    auto opened = store::Store::open(cachePath);
    if (!opened.store)
        return std::nullopt;
    try {
        store::Statement st(opened.store->database(),
                            "SELECT json_extract(json, '$.centroid[0]'), "
                            "json_extract(json, '$.centroid[1]') FROM regions WHERE id = ?");
        st.bindText(1, regionId);
        if (st.step() && !st.isNull(0) && !st.isNull(1))
            return QPointF(st.columnDouble(0), st.columnDouble(1));
    } catch (const store::SqlError &) {
    }
    return std::nullopt;
}

} // namespace yiping::ui
