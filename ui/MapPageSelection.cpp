// The map page's selection: what a click, a double-click, a search result or a profile's
// link writes to the workspace context, and how the map follows the context's selection
// (the highlight, the profile beside the map) whoever wrote it.
#include "MapPage.h"

#include "Theme.h"
#include "alerts/AlertAcknowledger.h"
#include "alerts/AlertListModel.h"
#include "geo/WebMercator.h"
#include "map/LayerRegistry.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/StandardLayers.h"
#include "map/SymbolLayer.h"
#include "map/Symbols.h"
#include "profile/ProfilePanel.h"
#include "search/SearchBox.h"
#include "store/EventSet.h"
#include "store/SearchKind.h"
#include "workspace/WorkspaceContext.h"

#include <QEvent>
#include <QTimer>

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
    connect(m_view, &map::MapView::clicked, this, &MapPage::onClicked);
    // Hover: decided once the pointer rests (a tooltip's delay), not on every move.
    m_hoverDelay = new QTimer(this);
    m_hoverDelay->setSingleShot(true);
    m_hoverDelay->setInterval(kHoverDelayMs);
    connect(m_view, &map::MapView::cursorMoved, m_hoverDelay, [this](const QPointF &lonLat) {
        m_hoverLonLat = lonLat;
        m_hoverDelay->start();
    });
    connect(m_hoverDelay, &QTimer::timeout, this, [this] { hoverAt(m_hoverLonLat); });
    connect(m_view, &map::MapView::cursorLeft, this, [this] {
        m_hoverDelay->stop();
        m_workspace->setHovered({});
    });
    connect(m_workspace, &workspace::WorkspaceContext::hoveredChanged, this, &MapPage::followHover);
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

// What the topmost hit-tested layer has under `screen` (the layers' pixels), as the
// workspace's refs: one item, or a cluster's members.
QList<workspace::ItemRef> MapPage::refsAt(const QPointF &screen) const
{
    const QList<map::MapHit> hits = m_view->layerRegistry()->hitsAt(screen);
    if (hits.isEmpty())
        return {};
    const map::MapHit &hit = hits.first();
    const store::EventSet *events = m_data->events().get();
    // Each hit-tested layer of the page and what its indices are.
    const auto idOf = [&](int i) -> workspace::ItemRef {
        if (hit.key == map::layerkey::persons) {
            const int person = m_personIndex.value(i, -1);
            return {domain::RefType::Person, person >= 0 ? m_persons[person].id : QString()};
        }
        if (hit.key == map::layerkey::sites)
            return {domain::RefType::Site, m_sites.value(i).id};
        if (hit.key == map::layerkey::events)
            return {domain::RefType::Event, events && i >= 0 && i < m_events.points.size()
                                                ? events->idAt(m_events.points[i].row)
                                                : QString()};
        if (hit.key == map::layerkey::grid)
            return {domain::RefType::Region, m_grid.regions.value(i).id};
        return {}; // a layer another page added: its page answers its clicks
    };
    QList<workspace::ItemRef> refs;
    for (const int i : hit.indices)
        if (const workspace::ItemRef ref = idOf(i); !ref.isNull())
            refs.append(ref);
    return refs;
}

// A click selects what is under it; Ctrl+click adds it to the selection or takes it out,
// as in a file manager. A cluster zooms in until it splits; a click on nothing clears the
// selection (and so closes the profile), unless Ctrl is held.
void MapPage::onClicked(const QPointF &screen, const QPointF &lonLat,
                        Qt::KeyboardModifiers modifiers)
{
    const bool adding = modifiers.testFlag(Qt::ControlModifier);
    const QList<workspace::ItemRef> refs = refsAt(screen);
    if (refs.size() > 1) {
        m_view->flyTo(lonLat, std::min(19.0, m_view->viewport().zoom() + 2));
        return;
    }
    if (refs.isEmpty()) {
        if (!adding)
            m_workspace->clearSelection();
        return;
    }
    if (adding)
        m_workspace->setSelection(m_workspace->selection().toggled(refs.first()));
    else
        m_workspace->select(refs.first());
}

// The pointer resting on one item (not a cluster) is the workspace's hover, for every page.
void MapPage::hoverAt(const QPointF &lonLat)
{
    const QList<workspace::ItemRef> refs = refsAt(m_view->viewport().lonLatToScreen(lonLat));
    const workspace::ItemRef ref = refs.size() == 1 ? refs.first() : workspace::ItemRef();
    m_view->setCursor(refs.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    m_workspace->setHovered(ref);
}

// Whoever hovers an item (the map, the alert list, later the graph), the map marks where
// it is, if the map has it.
void MapPage::followHover(const workspace::ItemRef &ref)
{
    std::optional<QPointF> at;
    switch (ref.type) {
    case domain::RefType::Person:
        for (const store::PersonPoint &p : std::as_const(m_persons))
            if (p.id == ref.id)
                at = p.lonLat;
        break;
    case domain::RefType::Site:
        for (const store::SitePoint &s : std::as_const(m_sites))
            if (s.id == ref.id)
                at = s.lonLat;
        break;
    case domain::RefType::Alert:
        if (m_alerts)
            for (const store::ListedAlert &a : m_alerts->alerts())
                if (a.alert.id == ref.id)
                    at = a.lonLat;
        break;
    default:
        break;
    }
    QList<map::SymbolLayer::Symbol> mark;
    if (at) {
        QColor fill = theme::accent;
        fill.setAlphaF(0.35f);
        mark.append({geo::WebMercator::project(*at), fill, quint8(map::Shape::Circle), 0, {}, 30});
    }
    m_view->hoverLayer()->setSymbols(std::move(mark));
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
    // Every selected item the map shows is ringed (outlined, for regions).
    QHash<domain::RefType, QSet<QString>> selected;
    for (const workspace::ItemRef &ref : m_workspace->selection().items())
        selected[ref.type].insert(ref.id);
    const auto indicesOf = [&selected](domain::RefType type, qsizetype count,
                                       const std::function<QString(qsizetype)> &idAt) {
        QList<qsizetype> out;
        const QSet<QString> ids = selected.value(type);
        for (qsizetype i = 0; i < count && !ids.isEmpty(); ++i)
            if (ids.contains(idAt(i)))
                out.append(i);
        return out;
    };
    const auto asSet = [](const QList<qsizetype> &list) {
        QSet<int> out;
        for (const qsizetype i : list)
            out.insert(int(i));
        return out;
    };
    m_view->gridLayer()->setSelectedIndices(
        indicesOf(domain::RefType::Region, m_grid.regions.size(),
                  [this](qsizetype i) { return m_grid.regions[i].id; }));
    m_view->personLayer()->setSelectedIndices(
        asSet(indicesOf(domain::RefType::Person, m_personIndex.size(),
                        [this](qsizetype i) { return m_persons.value(m_personIndex[i]).id; })));
    m_view->siteLayer()->setSelectedIndices(asSet(indicesOf(
        domain::RefType::Site, m_sites.size(), [this](qsizetype i) { return m_sites[i].id; })));
    const store::EventSet *events = m_data->events().get();
    m_view->eventLayer()->setSelectedIndices(
        asSet(indicesOf(domain::RefType::Event, events ? m_events.points.size() : 0,
                        [&](qsizetype i) { return events->idAt(m_events.points[i].row); })));
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
