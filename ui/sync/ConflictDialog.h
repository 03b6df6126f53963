#pragma once

#include "store/AnnotationQueue.h"
#include "sync/ConflictListModel.h"

#include <QDialog>
#include <QFuture>

#include <memory>

namespace Ui {
class ConflictDialog;
}

namespace yiping::ui {

// 冲突: the annotations the server refused with 409 because someone changed them first,
// mine beside the server's, to keep mine (sent again at the next sync) or take theirs.
// Reads and resolutions run on the thread pool with their own connection to the cache.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const QString &cachePath, QWidget *parent = nullptr);
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
    void showResult(QFuture<ConflictListModel::ReadResult> future, bool explainNone);
    void updateButtons();

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    ConflictListModel *m_model;
    QString m_cachePath;
    int m_busy = 0;
};

} // namespace yiping::ui
