#include "sync/ConflictDialog.h"

#include "sync/ConflictListModel.h"
#include "ui_ConflictDialog.h"

#include "read/ReadService.h"

#include <QHeaderView>
#include <QPointer>

namespace yiping::ui {

using Resolution = store::AnnotationQueue::Resolution;
using ReadResult = ConflictListModel::ReadResult;

ConflictDialog::ConflictDialog(read::ReadService *reads, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_model(new ConflictListModel(this))
    , m_reads(reads)
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(ConflictListModel::Object, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConflictListModel::Mine, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictListModel::Theirs, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictListModel::When, QHeaderView::ResizeToContents);
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->keepMine, &QPushButton::clicked, this,
            [this] { resolveCurrent(Resolution::KeepMine); });
    connect(m_ui->takeTheirs, &QPushButton::clicked, this,
            [this] { resolveCurrent(Resolution::TakeTheirs); });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The first conflict stays chosen after each resolution: keyboard users go on.
        if (m_model->rowCount() > 0)
            m_ui->table->selectRow(0);
        updateButtons();
    });
    m_ui->status->setText(tr("Reading the conflicts…"));
    updateButtons();
    reload();
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::reload()
{
    run(&ConflictListModel::read, true);
}

void ConflictDialog::resolveCurrent(Resolution resolution)
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    const QString id =
        current.isValid()
            ? m_model->index(current.row(), 0).data(ConflictListModel::IdRole).toString()
            : QString();
    if (id.isEmpty() || m_busy > 0)
        return;
    run([id, resolution](
            store::Database &db) { return ConflictListModel::resolve(db, id, resolution); },
        false);
}

// Shows the conflicts a job reads (or is left with after resolving one) once it is done.
void ConflictDialog::run(std::function<ReadResult(store::Database &)> job, bool explainNone)
{
    ++m_busy;
    updateButtons();
    // Unkeyed: a resolution is never superseded by the next one.
    m_reads->request(
        {},
        [job = std::move(job)](read::ReadContext &c) {
            // No cache yet: nothing was ever queued, so nothing conflicts.
            return c.hasCache() ? job(c.store().database()) : ReadResult();
        },
        [this, guard = QPointer(this), explainNone](read::ReadResult<ReadResult> answer) {
            if (!guard)
                return;
            --m_busy;
            const ReadResult r = answer.ok() ? *answer : ReadResult{{}, answer.error};
            m_model->setConflicts(r.conflicts);
            QString status = r.error;
            if (status.isEmpty() && explainNone && r.conflicts.isEmpty())
                status =
                    tr("No conflicts: every annotation is uploaded or waits for the next sync.");
            m_ui->status->setText(status);
            Q_EMIT conflictsChanged(int(r.conflicts.size()));
            updateButtons();
        });
}

void ConflictDialog::updateButtons()
{
    const bool chosen = m_ui->table->selectionModel()->hasSelection();
    m_ui->keepMine->setEnabled(chosen && m_busy == 0);
    m_ui->takeTheirs->setEnabled(chosen && m_busy == 0);
}

} // namespace yiping::ui
