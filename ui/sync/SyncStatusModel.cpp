#include "SyncStatusModel.h"

#include <QBrush>
#include <QLocale>

namespace yiping::ui {

namespace {
int rowOf(domain::Collection c)
{
    for (size_t i = 0; i < domain::kAllCollections.size(); ++i)
        if (domain::kAllCollections[i] == c)
            return int(i);
    return -1;
}
} // namespace

SyncStatusModel::SyncStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_rows(qsizetype(domain::kAllCollections.size()))
{}

QString SyncStatusModel::collectionTitle(domain::Collection c)
{
    using C = domain::Collection;
    switch (c) {
    case C::Regions:
        return tr("Grid regions");
    case C::Persons:
        return tr("Key persons");
    case C::Sites:
        return tr("Key sites");
    case C::Orgs:
        return tr("Organisations");
    case C::Events:
        return tr("Events");
    case C::Cases:
        return tr("Cases");
    case C::Disputes:
        return tr("Disputes");
    case C::Services:
        return tr("Legal services");
    case C::Tracks:
        return tr("Track points");
    case C::Relations:
        return tr("Relations");
    case C::Surveys:
        return tr("Safety surveys");
    case C::Alerts:
        return tr("Alerts");
    case C::Assessments:
        return tr("Assessments");
    case C::Annotations:
        return tr("Annotations");
    }
    return QString(domain::collectionName(c));
}

int SyncStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Data");
    case Local:
        return tr("In cache");
    case Received:
        return tr("Received");
    case Cursor:
        return tr("Cursor");
    case State:
        return tr("State");
    }
    return {};
}

QVariant SyncStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const QLocale locale;
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != State)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == State)
        return r.error.isEmpty() ? QVariant() : QVariant(r.error);
    if (role == Qt::ForegroundRole && index.column() == State && r.state == Row::Failed)
        return QBrush(QColor(0xFB, 0x8C, 0x00));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return collectionTitle(domain::kAllCollections[size_t(index.row())]);
    case Local:
        return r.local < 0 ? QString() : locale.toString(r.local);
    case Received:
        return locale.toString(r.received);
    case Cursor:
        return locale.toString(r.cursor);
    case State:
        switch (r.state) {
        case Row::Idle:
            return QString();
        case Row::Running:
            return r.total > 0
                       ? tr("Syncing %1%").arg(std::min<qint64>(100, r.received * 100 / r.total))
                       : tr("Syncing");
        case Row::Done:
            return tr("Current");
        case Row::Failed:
            return tr("Error: %1").arg(r.error);
        }
    }
    return {};
}

void SyncStatusModel::begin()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].received = 0;
        m_rows[i].state = Row::Running;
        m_rows[i].error.clear();
    }
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SyncStatusModel::applyProgress(const sync::CollectionProgress &p)
{
    const int row = rowOf(p.collection);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.received = p.received;
    r.total = p.total;
    r.cursor = p.cursor;
    r.state = Row::Running;
    changed(row);
}

void SyncStatusModel::applyResult(const sync::CollectionResult &result)
{
    const int row = rowOf(result.collection);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.received = result.received;
    r.cursor = result.cursor;
    r.local = result.count;
    r.state = result.ok ? Row::Done : Row::Failed;
    r.error = result.cancelled ? tr("cancelled") : result.error;
    changed(row);
}

void SyncStatusModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace yiping::ui
