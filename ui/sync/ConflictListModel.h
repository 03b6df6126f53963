#pragma once

#include "store/AnnotationQueue.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace yiping::ui {

// The annotations a 409 stopped: per row, what they are about, the user's text beside the
// server's, and when each was written. Values read on a worker thread (read()), shown here.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Conflict
    {
        QString id; // the annotation's
        domain::RefType targetType = domain::RefType::Unknown;
        QString targetId;
        QString kind; // contract value: note, ack, flag
        QString mine;
        QString theirs;
        QString theirAuthor;
        QDateTime queuedAt;     // when mine was written here
        QDateTime theirUpdated; // the server's version, when it says
    };
    enum Column { Object, Mine, Theirs, When, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ConflictListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setConflicts(QList<Conflict> conflicts);
    const QList<Conflict> &conflicts() const { return m_conflicts; }

    // Read-service jobs (the window's ReadService, whose connection also writes).
    struct ReadResult
    {
        QList<Conflict> conflicts;
        QString error;
    };
    static ReadResult read(store::Database &db);
    // AnnotationQueue::resolve, then the list afterwards; `error` says why nothing changed.
    static ReadResult resolve(store::Database &db, const QString &id,
                              store::AnnotationQueue::Resolution resolution);
    static QString objectText(const Conflict &c);

private:
    QList<Conflict> m_conflicts;
};

} // namespace yiping::ui
