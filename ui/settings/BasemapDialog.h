#pragma once

#include "map/MapView.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BasemapDialog;
}

namespace yiping::ui {

// 底图: none (the clean vector map drawn from the grid), a folder of z/x/y tiles on disk for
// offline use, or the agency's own tile server, with the datum the tiles are drawn in
// (WGS-84 or GCJ-02). Nothing public is ever contacted.
class BasemapDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BasemapDialog(const map::BasemapSettings &current, QWidget *parent = nullptr);
    ~BasemapDialog() override;

    map::BasemapSettings settings() const;

    // Why a tile server address cannot be used (not http/https, no host, an incomplete
    // %z/%x/%y template); empty when it can.
    static QString tileServerProblem(const QString &address);

private:
    void updateState();
    void chooseFolder();

    std::unique_ptr<Ui::BasemapDialog> m_ui;
};

} // namespace yiping::ui
