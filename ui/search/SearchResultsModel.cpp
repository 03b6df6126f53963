#include "search/SearchResultsModel.h"

#include <QLocale>

namespace yiping::ui {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString SearchResultsModel::kindName(store::SearchKind kind)
{
    switch (kind) {
    case store::SearchKind::Person:
        return tr("Persons");
    case store::SearchKind::Site:
        return tr("Sites");
    case store::SearchKind::Org:
        return tr("Organisations");
    case store::SearchKind::Case:
        return tr("Cases");
    case store::SearchKind::Event:
        return tr("Events");
    case store::SearchKind::Region:
        return tr("Areas");
    }
    return {};
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return r.header ? tr("%1 · %2").arg(kindName(r.kind), QLocale().toString(r.count))
                        : r.hit.title;
    case Qt::AccessibleTextRole:
        return r.header ? kindName(r.kind) : r.hit.title + QLatin1Char(' ') + r.hit.detail;
    case Qt::ToolTipRole:
        return r.header ? QVariant() : QVariant(r.hit.title + QLatin1Char('\n') + r.hit.detail);
    case IsHeaderRole:
        return r.header;
    case KindRole:
        return int(r.kind);
    case IdRole:
        return r.header ? QVariant() : QVariant(r.hit.id);
    case DetailRole:
        return r.header ? QVariant() : QVariant(r.hit.detail);
    }
    return {};
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isHeader(index.row())
               ? Qt::ItemNeverHasChildren
               : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void SearchResultsModel::setGroups(const QList<store::SearchGroup> &groups)
{
    beginResetModel();
    m_rows.clear();
    for (const store::SearchGroup &g : groups) {
        if (g.hits.isEmpty())
            continue;
        m_rows.append({g.kind, int(g.hits.size()), {}, true});
        for (const store::SearchHit &h : g.hits)
            m_rows.append({g.kind, 0, h, false});
    }
    endResetModel();
}

int SearchResultsModel::hitCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.header ? 0 : 1;
    return n;
}

bool SearchResultsModel::isHeader(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].header;
}

const store::SearchHit *SearchResultsModel::hit(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].header)
        return nullptr;
    return &m_rows[row].hit;
}

int SearchResultsModel::nextHitRow(int row, int step) const
{
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step)
        if (!m_rows[r].header)
            return r;
    return row;
}

} // namespace yiping::ui
