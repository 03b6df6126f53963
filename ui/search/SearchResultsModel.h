#pragma once

#include "store/Search.h"

#include <QAbstractListModel>

namespace yiping::ui {

// Search results as the popup lists them: per kind a header row (人员 3) followed by its
// hits. Header rows cannot be selected, so the keyboard steps over them.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IsHeaderRole = Qt::UserRole + 1, KindRole, IdRole, DetailRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setGroups(const QList<store::SearchGroup> &groups);
    void clear() { setGroups({}); }
    int hitCount() const;
    bool isHeader(int row) const;
    // The hit of a row; nullptr for headers and rows out of range.
    const store::SearchHit *hit(int row) const;
    // The next hit row after `row` going down (step 1) or up (-1); `row` itself when none.
    int nextHitRow(int row, int step) const;

    static QString kindName(store::SearchKind kind); // 人员, 场所, 单位, 案件, 事件, 区域

private:
    struct Row
    {
        store::SearchKind kind;
        int count = 0;        // for headers: hits in the group
        store::SearchHit hit; // for hits
        bool header = false;
    };
    QList<Row> m_rows;
};

} // namespace yiping::ui
