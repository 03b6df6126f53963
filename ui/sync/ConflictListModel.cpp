#include "sync/ConflictListModel.h"

#include "domain/EnumText.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace yiping::ui {

namespace {

ConflictListModel::Conflict conflictOf(const store::AnnotationQueue::Entry &e)
{
    ConflictListModel::Conflict c;
    c.id = e.annotation.id;
    c.targetType = e.annotation.target.type.value;
    c.targetId = e.annotation.target.id;
    c.kind = e.annotation.kind.raw;
    c.mine = e.annotation.text;
    c.queuedAt = QDateTime::fromSecsSinceEpoch(e.queuedAt);
    // The server's record as its 409 gave it; a body without one shows no text.
    const QJsonObject theirs = QJsonDocument::fromJson(e.conflict).object();
    c.theirs = theirs.value(QLatin1String("text")).toString();
    c.theirAuthor = theirs.value(QLatin1String("author")).toString();
    c.theirUpdated =
        QDateTime::fromString(theirs.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
    return c;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QString();
}

} // namespace

ConflictListModel::ConflictListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::objectText(const Conflict &c)
{
    const QString type = domain::EnumText::of(c.targetType);
    return tr("%1 %2").arg(type.isEmpty() ? tr("Record") : type, c.targetId);
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const Conflict &c = m_conflicts[index.row()];
    if (role == IdRole)
        return c.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Object:
            return objectText(c);
        case Mine:
            return c.mine;
        case Theirs:
            return c.theirAuthor.isEmpty() ? c.theirs : tr("%1 (%2)").arg(c.theirs, c.theirAuthor);
        case When:
            return c.theirUpdated.isValid()
                       ? tr("mine %1\nserver %2")
                             .arg(timeText(c.queuedAt), timeText(c.theirUpdated))
                       : tr("mine %1").arg(timeText(c.queuedAt));
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Mine || index.column() == Theirs))
        return index.column() == Mine ? c.mine : c.theirs; // the whole text of a long note
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Object:
        return tr("Object");
    case Mine:
        return tr("My version");
    case Theirs:
        return tr("Server's version");
    case When:
        return tr("When");
    }
    return {};
}

void ConflictListModel::setConflicts(QList<Conflict> conflicts)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

ConflictListModel::ReadResult ConflictListModel::read(store::Database &db)
{
    ReadResult out;
    try {
        for (const store::AnnotationQueue::Entry &e : store::AnnotationQueue(db).conflicts())
            out.conflicts.append(conflictOf(e));
    } catch (const store::SqlError &e) {
        out.error = e.message();
    }
    return out;
}

ConflictListModel::ReadResult
ConflictListModel::resolve(store::Database &db, const QString &id,
                           store::AnnotationQueue::Resolution resolution)
{
    QString error;
    try {
        if (!store::AnnotationQueue(db).resolve(id, resolution))
            error = resolution == store::AnnotationQueue::Resolution::KeepMine
                        ? tr("The server's version has no revision to replace: only taking "
                             "theirs is possible.")
                        : tr("This conflict was resolved meanwhile.");
    } catch (const store::SqlError &e) {
        error = e.message();
    }
    ReadResult out = read(db);
    if (out.error.isEmpty())
        out.error = error;
    return out;
}

} // namespace yiping::ui
