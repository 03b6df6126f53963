#pragma once

#include "map/MapView.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BasemapDialog;
}

namespace yiping::ui {

// 底图: none (the clean vector map drawn from the grid), a folder of z/x/y tiles on disk for
// offline use, or the agency's own tile server. Nothing public is ever contacted.
class BasemapDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BasemapDialog(const map::BasemapSettings &current, QWidget *parent = nullptr);
    ~BasemapDialog() override;

    map::BasemapSettings settings() const;

private:
    void updateState();
    void chooseFolder();

    std::unique_ptr<Ui::BasemapDialog> m_ui;
};

} // namespace yiping::ui
