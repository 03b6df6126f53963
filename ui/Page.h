#pragma once

#include <QString>
#include <QWidget>

namespace yiping::ui {

// A page of the main window's page switcher. `name` is the stable id used on the
// command line (--page NAME); `title` is what the user reads.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString name() const = 0;
    virtual QString title() const = 0;
};

} // namespace yiping::ui
