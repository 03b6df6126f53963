#pragma once

#include "city/CityManifest.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace yiping::ui {

// 关于: the version, and every data source the city was built from with its licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const CityManifest &city, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace yiping::ui
