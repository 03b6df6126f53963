#include "map/LayerListModel.h"

#include <algorithm>

namespace yiping::ui {

LayerListModel::LayerListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layers.size());
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Layer &l = m_layers[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return l.title;
    case Qt::CheckStateRole:
        return l.visible ? Qt::Checked : Qt::Unchecked;
    case KeyRole:
        return l.key;
    case OpacityRole:
        return l.opacity;
    }
    return {};
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString key = m_layers[index.row()].key;
    if (role == Qt::CheckStateRole) {
        setVisible(key, value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    if (role == OpacityRole) {
        setOpacity(key, value.toDouble());
        return true;
    }
    return false;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

int LayerListModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_layers.size(); ++i)
        if (m_layers[i].key == key)
            return i;
    return -1;
}

void LayerListModel::addLayer(const QString &key, const QString &title, bool visible,
                              double opacity)
{
    if (const int row = rowOf(key); row >= 0) {
        m_layers[row].title = title;
        setVisible(key, visible);
        setOpacity(key, opacity);
        Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole});
        return;
    }
    const int row = int(m_layers.size());
    beginInsertRows({}, row, row);
    m_layers.append({key, title, visible, std::clamp(opacity, 0.0, 1.0), {}});
    endInsertRows();
}

void LayerListModel::setVisible(const QString &key, bool visible)
{
    const int row = rowOf(key);
    if (row < 0 || m_layers[row].visible == visible)
        return;
    m_layers[row].visible = visible;
    Q_EMIT dataChanged(index(row), index(row), {Qt::CheckStateRole});
    Q_EMIT visibilityChanged(key, visible);
}

void LayerListModel::setOpacity(const QString &key, double opacity)
{
    const int row = rowOf(key);
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (row < 0 || qFuzzyCompare(1.0 + m_layers[row].opacity, 1.0 + opacity))
        return;
    m_layers[row].opacity = opacity;
    Q_EMIT dataChanged(index(row), index(row), {OpacityRole});
    Q_EMIT opacityChanged(key, opacity);
}

void LayerListModel::setLegend(const QString &key, const QList<LegendEntry> &legend)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    m_layers[row].legend = legend;
    Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}

} // namespace yiping::ui
