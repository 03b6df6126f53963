#pragma once

#include "sync/SyncTypes.h"

#include <QAbstractTableModel>

namespace yiping::ui {

// One row per collection: what the cache holds, what this run received, the cursor, and
// the collection's state (current, syncing with progress, or its error).
class SyncStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Local, Received, Cursor, State, ColumnCount };

    explicit SyncStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void begin();
    void applyProgress(const sync::CollectionProgress &p);
    void applyResult(const sync::CollectionResult &r);

    static QString collectionTitle(domain::Collection c);

private:
    struct Row
    {
        qint64 local = -1;
        qint64 received = 0;
        qint64 total = -1;
        qint64 cursor = 0;
        enum { Idle, Running, Done, Failed } state = Idle;
        QString error;
    };
    void changed(int row);

    QList<Row> m_rows; // in domain::kAllCollections order
};

} // namespace yiping::ui
