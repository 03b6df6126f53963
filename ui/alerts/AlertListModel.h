#pragma once

#include "alerts/AlertAckState.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDateTime>
#include <QJsonObject>
#include <QPointF>

#include <optional>

namespace yiping::ui {

// 预警: open alerts, newest first — those in the cache, and live ones from the stream as
// they arrive. Each row shows its level as numeral and word, never by colour alone, and
// its state when it is not simply open: acknowledged here and waiting for upload, or
// acknowledged or closed (a live update of a listed alert).
class AlertListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Alert
    {
        QString id;
        QString level; // contract value: red, orange, yellow, blue (or unknown, kept)
        QString message;
        QString rule;
        QDateTime raisedAt;
        QString regionId;
        std::optional<QPointF> lonLat; // the centre of its region, when the cache has it
        QString status;                // contract value: open, acknowledged, closed
        bool ackPending = false;       // an ack made here waits in the cache's queue
        AlertAckState ackState() const;
    };
    enum Role { LevelRole = Qt::UserRole + 1, IdRole, AckStateRole };

    explicit AlertListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Replaces the rows (from the cache); keeps newest first.
    void setAlerts(QList<Alert> alerts);
    // A live alert: inserted at the top, or updated in place when already listed.
    void addAlert(const Alert &alert);
    // A live update of a listed alert, in place (its place on the map and an ack waiting
    // here are kept); false when the alert is not listed.
    bool updateAlert(const Alert &alert);
    bool contains(const QString &alertId) const;
    static bool isOpen(const Alert &alert)
    {
        return alert.status.isEmpty() || alert.status == u"open";
    }

    // Marks a listed alert acknowledged here (Pending) or not (Open); others are untouched.
    void setAckState(const QString &alertId, AlertAckState state);

    static Alert fromJson(const QJsonObject &o);
    // Reads up to `limit` open alerts from a cache file; runs on a worker thread.
    static QList<Alert> readOpen(const QString &cachePath, int limit = 500);
    // The centre of a region from a cache file (for a live alert); runs on a worker thread.
    static std::optional<QPointF> regionCentre(const QString &cachePath, const QString &regionId);
    const QList<Alert> &alerts() const { return m_alerts; }
    // "Ⅰ级 红色" … for a contract level; the raw value when unknown.
    static QString levelText(const QString &level);
    static QColor levelColour(const QString &level);
    // "已确认 · 待上传", "已确认", "已关闭", or empty for an open alert.
    static QString stateText(const Alert &alert);

private:
    QList<Alert> m_alerts;
};

} // namespace yiping::ui
