#pragma once

#include "map/LegendEntry.h"

#include <QAbstractListModel>

namespace yiping::ui {

// The map's layers, top first as the panel lists them: whether each is shown, how opaque
// it is and its legend. The one place this state lives; the panel and the map page both
// follow its signals.
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Layer
    {
        QString key;
        QString title;
        bool visible = true;
        double opacity = 1.0; // 0..1
        QList<LegendEntry> legend;
    };
    enum Role { KeyRole = Qt::UserRole + 1, OpacityRole };

    explicit LayerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Appends a layer; a key already listed is updated in place instead.
    void addLayer(const QString &key, const QString &title, bool visible, double opacity);
    int rowOf(const QString &key) const; // -1 when not listed
    const Layer &layer(int row) const { return m_layers[row]; }

    void setVisible(const QString &key, bool visible);
    void setOpacity(const QString &key, double opacity);
    void setLegend(const QString &key, const QList<LegendEntry> &legend);

Q_SIGNALS:
    void visibilityChanged(const QString &key, bool visible);
    void opacityChanged(const QString &key, double opacity);

private:
    QList<Layer> m_layers;
};

} // namespace yiping::ui
