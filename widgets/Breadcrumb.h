#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

namespace yiping::widgets {

// Where the map is: 莆田市 › 荔城区 › 镇海街道 › 网格. Every item but the last (where the
// user already is) goes back up to that level. When the path is too wide, the middle
// items give way to "…" first, then the remaining names are elided in their middle.
// Keyboard: Left/Right move between items, Enter or Space activates.
class Breadcrumb : public QWidget
{
    Q_OBJECT

public:
    using Item = QPair<QString, QString>; // id, name

    explicit Breadcrumb(QWidget *parent = nullptr);

    void setPath(const QList<Item> &path);
    QList<Item> path() const { return m_path; }
    // Where item `depth` is drawn (empty when hidden behind "…"); for tests and tooltips.
    QRect itemRect(int depth) const;
    // The text drawn for item `depth` (elided, or empty when hidden).
    QString itemText(int depth) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(int depth, const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    struct Slot
    {
        int depth; // -1 for the "…" that stands for the hidden middle
        QString text;
        QRect rect;
    };
    void layoutItems();
    QList<Slot> slotsFor(const QList<int> &shown, int maxTextWidth, int lastTextWidth) const;
    int depthAt(const QPoint &pos) const;
    bool clickable(int depth) const { return depth >= 0 && depth < m_path.size() - 1; }

    QList<Item> m_path;
    QList<Slot> m_slots;
    int m_hover = -1;
    int m_focus = -1; // the item the keyboard is on
};

} // namespace yiping::widgets
