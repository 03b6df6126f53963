#include "MapPage.h"

#include "map/MapView.h"

#include <QVBoxLayout>

namespace yiping::ui {

MapPage::MapPage(const QList<geo::Boundary> &districts, QWidget *parent)
    : Page(parent)
    , m_view(new map::MapView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setDistricts(districts);
}

} // namespace yiping::ui
