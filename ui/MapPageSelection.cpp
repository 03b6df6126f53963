// The map page's selection: what a click or a double-click on the map picks, the profile
// it opens beside the map (from a click, a link or a search result), and the highlight of
// the object the profile is about.
#include "MapPage.h"

#include "alerts/AlertAcknowledger.h"
#include "geo/WebMercator.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"
#include "profile/ProfilePanel.h"
#include "search/SearchBox.h"
#include "store/SearchKind.h"

#include <QEvent>

namespace yiping::ui {

namespace {
domain::RefType refTypeOf(store::SearchKind kind)
{
    switch (kind) {
    case store::SearchKind::Person:
        return domain::RefType::Person;
    case store::SearchKind::Site:
        return domain::RefType::Site;
    case store::SearchKind::Org:
        return domain::RefType::Org;
    case store::SearchKind::Case:
        return domain::RefType::Case;
    case store::SearchKind::Event:
        return domain::RefType::Event;
    case store::SearchKind::Region:
        return domain::RefType::Region;
    }
    return domain::RefType::Unknown;
}

} // namespace

void MapPage::connectSelection()
{
    connect(m_view, &map::MapView::clicked, this,
            [this](const QPointF &screen, const QPointF &lonLat, Qt::KeyboardModifiers) {
                onClicked(screen, lonLat);
            });
    connect(m_view, &map::MapView::doubleClicked, this, &MapPage::onDoubleClicked);
    connect(m_profile, &ProfilePanel::linkActivated, this, &MapPage::openProfile);
    connect(m_profile, &ProfilePanel::closed, this, [this] {
        clearSelection();
        m_profile->hide();
        m_profileId.clear();
    });
    connect(m_profile, &ProfilePanel::noteRequested, this,
            [this](domain::RefType type, const QString &id, const QString &text) {
                m_data->addNote(type, id, text, m_author, m_clearance);
            });
    connect(m_profile, &ProfilePanel::acknowledgeRequested, this,
            [this](const QString &alertId) { Q_EMIT acknowledgeRequested(alertId); });
    connect(m_search, &SearchBox::resultChosen, this, [this](const store::SearchHit &hit) {
        if (hit.location)
            m_view->flyTo(*hit.location, hit.kind == store::SearchKind::Region ? 13 : 16);
        openProfile(refTypeOf(hit.kind), hit.id);
    });
}

void MapPage::onClicked(const QPointF &screen, const QPointF &lonLat)
{
    Q_UNUSED(lonLat);
    // Topmost first: what is drawn above takes the click.
    const auto pick = [&](map::SymbolLayer *layer) -> QList<int> {
        if (!layer->isVisible() || m_view->viewport().zoom() < layer->minZoom())
            return {};
        return layer->indicesAt(screen);
    };
    const auto clusterOrOne = [&](map::SymbolLayer *layer, const QList<int> &hits,
                                  const std::function<void(int)> &open) {
        if (hits.size() == 1) {
            clearSelection();
            layer->setSelectedIndex(hits.first());
            open(hits.first());
        } else {
            // A cluster: zoom in on it until it splits.
            m_view->flyTo(lonLat, std::min(19.0, m_view->viewport().zoom() + 2));
        }
    };
    if (const QList<int> hits = pick(m_view->personLayer()); !hits.isEmpty()) {
        clusterOrOne(m_view->personLayer(), hits, [this](int i) {
            const int person = m_personIndex.value(i, -1);
            if (person >= 0)
                openProfile(domain::RefType::Person, m_persons[person].id);
        });
        return;
    }
    if (const QList<int> hits = pick(m_view->siteLayer()); !hits.isEmpty()) {
        clusterOrOne(m_view->siteLayer(), hits,
                     [this](int i) { openProfile(domain::RefType::Site, m_sites.value(i).id); });
        return;
    }
    if (const QList<int> hits = pick(m_view->eventLayer()); !hits.isEmpty()) {
        clusterOrOne(m_view->eventLayer(), hits, [this](int i) {
            if (m_data->events() && i < m_events.points.size())
                openProfile(domain::RefType::Event, m_data->events()->idAt(m_events.points[i].row));
        });
        return;
    }
    const auto model = m_view->gridLayer()->model();
    if (model && m_view->gridLayer()->isVisible()) {
        const int f = model->featureAt(m_view->viewport(), screen);
        if (f >= 0 && f < m_grid.regions.size()) {
            clearSelection();
            m_view->gridLayer()->setSelectedIndex(f);
            openProfile(domain::RefType::Region, m_grid.regions[f].id);
            return;
        }
    }
    // A click on nothing closes the profile.
    clearSelection();
    m_profile->hide();
    m_profileId.clear();
}

void MapPage::onDoubleClicked(const QPointF &screen, const QPointF &lonLat)
{
    const auto model = m_view->gridLayer()->model();
    const int f = model ? model->featureAt(m_view->viewport(), screen) : -1;
    if (f >= 0 && f < m_grid.regions.size() && m_grid.level < 4) {
        showLevel(m_grid.level + 1, m_grid.regions[f].id);
        return;
    }
    // The finest level, or outside the grid: a plain zoom, as everywhere else on the map.
    m_view->flyTo(lonLat, std::min(19.0, m_view->viewport().zoom() + 1));
}

void MapPage::openProfile(domain::RefType type, const QString &id)
{
    if (id.isEmpty())
        return;
    m_profileType = type;
    m_profileId = id;
    m_profile->showLoading();
    placeProfile();
    m_profile->show();
    m_profile->raise();
    m_data->requestProfile(type, id, m_clearance);
}

void MapPage::onProfile(const store::Profile &profile)
{
    m_profile->setProfile(profile);
    if (profile.type == domain::RefType::Alert)
        m_profile->setAlertAckState(AlertAcknowledger::stateOf(
            profile.status, profile.ackPending || m_ackedHere.contains(profile.id)));
    // Highlight what the profile is about when the map shows it.
    if (profile.type == domain::RefType::Region) {
        for (qsizetype i = 0; i < m_grid.regions.size(); ++i)
            if (m_grid.regions[i].id == profile.id)
                m_view->gridLayer()->setSelectedIndex(int(i));
    } else if (profile.type == domain::RefType::Person) {
        for (qsizetype i = 0; i < m_personIndex.size(); ++i)
            if (m_persons[m_personIndex[i]].id == profile.id)
                m_view->personLayer()->setSelectedIndex(int(i));
    } else if (profile.type == domain::RefType::Site) {
        for (qsizetype i = 0; i < m_sites.size(); ++i)
            if (m_sites[i].id == profile.id)
                m_view->siteLayer()->setSelectedIndex(int(i));
    }
    // An object off screen (a search result, a link) is brought into view.
    const geo::MapViewport vp = m_view->viewport();
    if (profile.lonLat) {
        const QPointF s = vp.lonLatToScreen(*profile.lonLat);
        if (!QRectF(QPointF(0, 0), QSizeF(m_view->size())).contains(s))
            m_view->flyTo(*profile.lonLat, std::max(vp.zoom(), 15.0));
    } else if (!profile.shape.isEmpty() && profile.type == domain::RefType::Region) {
        const QRectF b = geo::boundsOf(profile.shape);
        const QPointF c = vp.lonLatToScreen(b.center());
        if (!QRectF(QPointF(0, 0), QSizeF(m_view->size())).contains(c))
            m_view->fitTo(b);
    }
}

bool MapPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        placeProfile();
    return Page::eventFilter(watched, event);
}

void MapPage::placeProfile()
{
    constexpr int margin = 10;
    const int width = std::min(380, m_view->width() / 2);
    m_profile->setGeometry(m_view->width() - width - margin, margin, width,
                           m_view->height() - 2 * margin);
}

void MapPage::clearSelection()
{
    m_view->gridLayer()->setSelectedIndex(-1);
    m_view->personLayer()->setSelectedIndex(-1);
    m_view->siteLayer()->setSelectedIndex(-1);
    m_view->eventLayer()->setSelectedIndex(-1);
}

void MapPage::setAlertAckState(const QString &alertId, AlertAckState state)
{
    if (state == AlertAckState::Pending)
        m_ackedHere.insert(alertId);
    else
        m_ackedHere.remove(alertId);
    const store::Profile &shown = m_profile->profile();
    if (shown.type == domain::RefType::Alert && shown.id == alertId)
        m_profile->setAlertAckState(state);
}

} // namespace yiping::ui
