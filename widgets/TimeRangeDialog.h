#pragma once

#include "store/EventSet.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace yiping::widgets {

// "Custom…": two date-times, accepted only when the start is before the end.
class TimeRangeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TimeRangeDialog(const store::TimeWindow &initial, QWidget *parent = nullptr);
    store::TimeWindow window() const;
    QDateTimeEdit *fromEdit() const { return m_fromEdit; }
    QDateTimeEdit *toEdit() const { return m_toEdit; }
    QPushButton *okButton() const { return m_ok; }

private:
    void validate();

    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace yiping::widgets
