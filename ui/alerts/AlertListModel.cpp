#include "AlertListModel.h"

#include "Theme.h"
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

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &a = m_alerts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("[%1] %2\n%3")
            .arg(levelText(a.level),
                 QLocale().toString(a.raisedAt.toLocalTime(), QStringLiteral("MM-dd HH:mm")),
                 a.message);
    case Qt::ToolTipRole:
        return a.rule;
    case Qt::DecorationRole:
        if (a.level == QLatin1String("red"))
            return theme::levelRed;
        if (a.level == QLatin1String("orange"))
            return theme::levelOrange;
        if (a.level == QLatin1String("yellow"))
            return theme::levelYellow;
        if (a.level == QLatin1String("blue"))
            return theme::levelBlue;
        return theme::textSecondary;
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

void AlertListModel::addAlert(const Alert &alert)
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].id == alert.id) {
            m_alerts[i] = alert;
            Q_EMIT dataChanged(index(i), index(i));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(alert);
    endInsertRows();
}

AlertListModel::Alert AlertListModel::fromJson(const QJsonObject &o)
{
    Alert a;
    a.id = o.value(QLatin1String("id")).toString();
    a.level = o.value(QLatin1String("level")).toString();
    a.message = o.value(QLatin1String("message")).toString();
    a.rule = o.value(QLatin1String("rule")).toString();
    a.raisedAt = QDateTime::fromString(o.value(QLatin1String("raised_at")).toString(), Qt::ISODate);
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
        store::Statement st(opened.store->database(),
                            "SELECT json FROM alerts WHERE json_extract(json, '$.status') = 'open' "
                            "ORDER BY rev DESC LIMIT ?");
        st.bind(1, limit);
        while (st.step())
            out.append(fromJson(QJsonDocument::fromJson(st.columnBytes(0)).object()));
    } catch (const store::SqlError &) {
        // An unreadable alert table shows as an empty list; the status bar names the cache.
    }
    return out;
}

} // namespace yiping::ui
