#pragma once

#include "store/AnnotationQueue.h"
#include "sync/ConflictListModel.h"

#include <QDialog>
#include <functional>

#include <memory>

namespace Ui {
class ConflictDialog;
}

namespace yiping::read {
class ReadService;
}

namespace yiping::ui {

// 冲突: the annotations the server refused with 409 because someone changed them first,
// mine beside the server's, to keep mine (sent again at the next sync) or take theirs.
// Reads and resolutions are jobs of the window's read service (its connection writes too).
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(read::ReadService *reads, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    ConflictListModel *model() const { return m_model; }
    // A read or a resolution under way.
    bool isBusy() const { return m_busy > 0; }

    // Resolves the chosen row, as the buttons do.
    void resolveCurrent(store::AnnotationQueue::Resolution resolution);

Q_SIGNALS:
    // The list was (re)read: how many conflicts remain.
    void conflictsChanged(int count);

private:
    void reload();
    void run(std::function<ConflictListModel::ReadResult(store::Database &)> job, bool explainNone);
    void updateButtons();

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    ConflictListModel *m_model;
    read::ReadService *m_reads;
    int m_busy = 0;
};

} // namespace yiping::ui
