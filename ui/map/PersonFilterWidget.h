#pragma once

#include "map/PersonFilter.h"

#include <QWidget>

class QCheckBox;
class QListWidget;

namespace yiping::ui {

// The key-persons layer's filter: categories as a checkable list, risk levels 1–4 (word,
// numeral and colour) and status (managed / released) as check boxes.
class PersonFilterWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PersonFilterWidget(QWidget *parent = nullptr);

    PersonFilter filter() const;
    // Shows `filter` without emitting filterChanged.
    void setFilter(const PersonFilter &filter);

    QListWidget *categoryList() const { return m_categories; }
    QCheckBox *riskBox(int level) const { return m_risks.value(level - 1); }
    QCheckBox *statusBox(domain::PersonStatus status) const;

Q_SIGNALS:
    void filterChanged(const yiping::ui::PersonFilter &filter);

private:
    void emitChanged();

    QListWidget *m_categories;
    QList<QCheckBox *> m_risks;    // level 1..4
    QList<QCheckBox *> m_statuses; // PersonFilter::knownStatuses() order
    bool m_updating = false;
};

} // namespace yiping::ui
