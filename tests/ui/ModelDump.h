#pragma once

#include <QAbstractItemModel>
#include <QColor>
#include <QStringList>

#include <utility>

// hotspot's printModel(): a model as a list of lines, one per row, so that a test compares
// a whole model with a list written out by hand. A line holds each column's display text
// (a line break shown as "⏎"), joined by " | ", then each requested role as name=value.
namespace modeldump {

struct Role
{
    int role;
    const char *name;
};

inline QString valueText(const QVariant &v)
{
    if (!v.isValid())
        return QStringLiteral("-");
    if (v.metaType() == QMetaType::fromType<QColor>())
        return v.value<QColor>().name();
    if (v.metaType().flags().testFlag(QMetaType::IsEnumeration))
        return QString::number(v.toLongLong());
    return v.toString().replace(QLatin1Char('\n'), QStringLiteral("⏎"));
}

inline QStringList dump(const QAbstractItemModel &model, const QList<Role> &roles = {},
                        const QModelIndex &parent = {})
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column)
            cells.append(valueText(model.index(row, column, parent).data(Qt::DisplayRole)));
        QString line = cells.join(QStringLiteral(" | "));
        for (const Role &r : roles)
            line += QLatin1Char(' ') + QLatin1String(r.name) + QLatin1Char('=') +
                    valueText(model.index(row, 0, parent).data(r.role));
        lines.append(line);
    }
    return lines;
}

} // namespace modeldump
