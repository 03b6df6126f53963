// The map page's selection: what a click, a double-click, a search result or a profile's
// link writes to the workspace context, and how the map follows the context's selection
// (the highlight, the profile beside the map) whoever wrote it.
#include "MapPage.h"

#include "alerts/AlertAcknowledger.h"
#include "geo/WebMercator.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"
#include "profile/ProfilePanel.h"
#include "search/SearchBox.h"
#include "store/EventSet.h"
#include "store/SearchKind.h"
#include "workspace/WorkspaceContext.h"

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
    connect(m_profile, &ProfilePanel::linkActivated, m_workspace,
            [this](domain::RefType type, const QString &id) { m_workspace->select({type, id}); });
    connect(m_profile, &ProfilePanel::closed, m_workspace,
            &workspace::WorkspaceContext::clearSelection);
    connect(m_profile, &ProfilePanel::noteRequested, this,
            [this](domain::RefType type, const QString &id, const QString &text) {
                m_data->addNote(type, id, text, m_author, m_clearance);
            });
    connect(m_profile, &ProfilePanel::acknowledgeRequested, this,
            [this](const QString &alertId) { Q_EMIT acknowledgeRequested(alertId); });
    connect(m_search, &SearchBox::resultChosen, this, [this](const store::SearchHit &hit) {
        if (hit.location)
            m_view->flyTo(*hit.location, hit.kind == store::SearchKind::Region ? 13 : 16);
        m_workspace->select({refTypeOf(hit.kind), hit.id});
    });
    connect(m_workspace, &workspace::WorkspaceContext::selectionChanged, this,
            &MapPage::followSelection);
}

bool MapPage::shows(domain::RefType type) const
{
    // The profile beside the map reads every kind of record.
    return type != domain::RefType::Unknown;
}

void MapPage::onClicked(const QPointF &screen, const QPointF &lonLat)
{
    // Topmost first: what is drawn above takes the click.
    const auto pick = [&](map::SymbolLayer *layer) -> QList<int> {
        if (!layer->isVisible() || m_view->viewport().zoom() < layer->minZoom())
            return {};
        return layer->indicesAt(screen);
    };
    const auto clusterOrOne = [&](const QList<int> &hits, const std::function<QString(int)> &id,
                                  domain::RefType type) {
        if (hits.size() == 1)
            m_workspace->select({type, id(hits.first())});
        else // a cluster: zoom in on it until it splits
            m_view->flyTo(lonLat, std::min(19.0, m_view->viewport().zoom() + 2));
    };
    if (const QList<int> hits = pick(m_view->personLayer()); !hits.isEmpty()) {
        clusterOrOne(
            hits,
            [this](int i) {
                const int person = m_personIndex.value(i, -1);
                return person >= 0 ? m_persons[person].id : QString();
            },
            domain::RefType::Person);
        return;
    }
    if (const QList<int> hits = pick(m_view->siteLayer()); !hits.isEmpty()) {
        clusterOrOne(hits, [this](int i) { return m_sites.value(i).id; }, domain::RefType::Site);
        return;
    }
    if (const QList<int> hits = pick(m_view->eventLayer()); !hits.isEmpty()) {
        clusterOrOne(
            hits,
            [this](int i) {
                return m_data->events() && i < m_events.points.size()
                           ? m_data->events()->idAt(m_events.points[i].row)
                           : QString();
            },
            domain::RefType::Event);
        return;
    }
    const auto model = m_view->gridLayer()->model();
    if (model && m_view->gridLayer()->isVisible()) {
        const int f = model->featureAt(m_view->viewport(), screen);
        if (f >= 0 && f < m_grid.regions.size()) {
            m_workspace->select({domain::RefType::Region, m_grid.regions[f].id});
            return;
        }
    }
    // A click on nothing clears the selection (and so closes the profile).
    m_workspace->clearSelection();
}

void MapPage::onDoubleClicked(const QPointF &screen, const QPointF &lonLat)
{
    const auto model = m_view->gridLayer()->model();
    const int f = model ? model->featureAt(m_view->viewport(), screen) : -1;
    if (f >= 0 && f < m_grid.regions.size() && m_grid.level < 4) {
        m_workspace->setRegion({m_grid.level, m_grid.regions[f].id});
        return;
    }
    // The finest level, or outside the grid: a plain zoom, as everywhere else on the map.
    m_view->flyTo(lonLat, std::min(19.0, m_view->viewport().zoom() + 1));
}

void MapPage::followSelection(const workspace::Selection &selection)
{
    highlightSelection();
    const workspace::ItemRef primary = selection.primary();
    if (primary.isNull())
        m_profile->hide();
    else
        openProfile(primary.type, primary.id);
}

void MapPage::highlightSelection()
{
    // The layers highlight one symbol each: the primary selection, where the map shows it.
    const workspace::ItemRef ref = m_workspace->primary();
    const auto indexOf = [&ref](domain::RefType type, qsizetype count,
                                const std::function<QString(qsizetype)> &idAt) {
        if (ref.type != type)
            return -1;
        for (qsizetype i = 0; i < count; ++i)
            if (idAt(i) == ref.id)
                return int(i);
        return -1;
    };
    m_view->gridLayer()->setSelectedIndex(
        indexOf(domain::RefType::Region, m_grid.regions.size(),
                [this](qsizetype i) { return m_grid.regions[i].id; }));
    m_view->personLayer()->setSelectedIndex(
        indexOf(domain::RefType::Person, m_personIndex.size(),
                [this](qsizetype i) { return m_persons.value(m_personIndex[i]).id; }));
    m_view->siteLayer()->setSelectedIndex(indexOf(domain::RefType::Site, m_sites.size(),
                                                  [this](qsizetype i) { return m_sites[i].id; }));
    const store::EventSet *events = m_data->events().get();
    m_view->eventLayer()->setSelectedIndex(
        indexOf(domain::RefType::Event, events ? m_events.points.size() : 0,
                [&](qsizetype i) { return events->idAt(m_events.points[i].row); }));
}

void MapPage::openProfile(domain::RefType type, const QString &id)
{
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

} // namespace yiping::ui
