#pragma once

#include "alerts/AlertAckState.h"
#include "store/AlertReader.h"

#include <QAbstractListModel>

namespace yiping::ui {

// 预警: open alerts, newest first — those in the cache (store::AlertReader), and live ones
// from the stream as they arrive. Each row shows its level by its one name (domain::Levels)
// and colour, never by colour alone, and its state when it is not simply open: acknowledged
// here and waiting for upload, or acknowledged or closed (a live update of a listed alert).
// When the cache could not be read it holds no rows and says why (error()).
class AlertListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { LevelRole = Qt::UserRole + 1, IdRole, AckStateRole };

    explicit AlertListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Replaces the rows with a read of the cache (kept newest first), or with none and its
    // error.
    void setAlerts(store::AlertReader::Result read);
    // Why the cache's alerts could not be read; empty when they were.
    QString error() const { return m_error; }
    // Open alerts of the cache the read left out (it lists the newest only).
    qsizetype unlisted() const { return m_unlisted; }
    // A live alert: inserted at the top, or updated in place when already listed.
    void addAlert(const store::ListedAlert &alert);
    // A live update of a listed alert, in place (its place on the map and an ack waiting
    // here are kept); false when the alert is not listed.
    bool updateAlert(const store::ListedAlert &alert);
    bool contains(const QString &alertId) const;
    static bool isOpen(const domain::Alert &alert)
    {
        return alert.status.raw.isEmpty() || alert.status == domain::AlertStatus::Open;
    }

    // Marks a listed alert acknowledged here (Pending) or not (Open); others are untouched.
    void setAckState(const QString &alertId, AlertAckState state);

    const QList<store::ListedAlert> &alerts() const { return m_alerts; }
    static AlertAckState ackState(const store::ListedAlert &alert);
    // "已确认 · 待上传", "已确认", "已关闭", or empty for an open alert.
    static QString stateText(const store::ListedAlert &alert);

private:
    QList<store::ListedAlert> m_alerts;
    QString m_error;
    qsizetype m_unlisted = 0;
};

} // namespace yiping::ui
