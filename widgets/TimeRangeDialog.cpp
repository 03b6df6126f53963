#include "TimeRangeDialog.h"

#include "Theme.h"
#include "TimeText.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace yiping::widgets {

TimeRangeDialog::TimeRangeDialog(const store::TimeWindow &initial, QWidget *parent)
    : QDialog(parent)
    , m_fromEdit(new QDateTimeEdit(QDateTime::fromSecsSinceEpoch(initial.from), this))
    , m_toEdit(new QDateTimeEdit(QDateTime::fromSecsSinceEpoch(initial.to), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Custom time window"));
    auto *form = new QFormLayout;
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setFont(timetext::tabular(edit->font()));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &TimeRangeDialog::validate);
    }
    form->addRow(tr("From"), m_fromEdit);
    form->addRow(tr("To"), m_toEdit);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(theme::levelOrange.name()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
}

store::TimeWindow TimeRangeDialog::window() const
{
    return {m_fromEdit->dateTime().toSecsSinceEpoch(), m_toEdit->dateTime().toSecsSinceEpoch()};
}

void TimeRangeDialog::validate()
{
    const bool ok = m_fromEdit->dateTime() < m_toEdit->dateTime();
    m_ok->setEnabled(ok);
    m_problem->setText(ok ? QString() : tr("The start must be before the end."));
    m_problem->setVisible(!ok);
}

} // namespace yiping::widgets
