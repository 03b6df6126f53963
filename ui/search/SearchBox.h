#pragma once

#include "read/ReadService.h"
#include "security/Clearance.h"
#include "store/Search.h"

#include <QLineEdit>

class QFrame;
class QLabel;
class QListView;
class QTimer;

namespace yiping::ui {

class SearchResultsModel;

// The search field of the map page: results appear under it as the user types, grouped
// by kind (人员, 场所, 单位, 案件, 事件, 区域). Searches run through a ReadService (its own
// thread and connection to the cache), ~120 ms after the last key; an answer to an older
// query never replaces a newer one. Up/Down move through the hits, Enter or a click
// chooses one, Escape closes the list (and, when it is closed, clears the field).
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);
    ~SearchBox() override;

    void setCachePath(const QString &path);
    // Who is searching: what the results may show (from the next search on).
    void setViewerClearance(security::Clearance clearance) { m_clearance = clearance; }

    // For tests and the page: the popup and its rows.
    QWidget *popup() const;
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *results() const { return m_model; }
    QString statusText() const; // "No results for …", an error, or empty
    // A query waits for its keystrokes to settle or for its answer.
    bool isSearching() const;

Q_SIGNALS:
    void resultChosen(const yiping::store::SearchHit &hit);
    // A query went to the cache (its answer follows unless the user types on).
    void searchStarted(const QString &query);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void search();
    void onFound(const QString &query, const QList<store::SearchGroup> &groups);
    void onFailed(const QString &error);
    void showPopup();
    void hidePopup();
    void moveCurrent(int step);
    void choose(int row);

    SearchResultsModel *m_model;
    QFrame *m_popup;
    QListView *m_view;
    QLabel *m_status;
    QTimer *m_debounce;
    read::ReadService m_reads;
    security::Clearance m_clearance = security::Clearance::Public; // until told otherwise
    bool m_chooseWhenFound = false; // Enter was pressed before the answer came
};

} // namespace yiping::ui
