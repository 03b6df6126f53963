#pragma once

#include "Page.h"
#include "alerts/AlertAckState.h"
#include "geo/Boundary.h"
#include "map/PersonFilter.h"
#include "mapdata/MapDataService.h"
#include "security/Clearance.h"
#include "workspace/RegionScope.h"

#include <QSet>

namespace yiping::map {
class MapView;
struct BasemapSettings;
} // namespace yiping::map
namespace yiping::widgets {
class Breadcrumb;
class TimeWindowBar;
} // namespace yiping::widgets
namespace yiping::workspace {
struct ItemRef;
class Selection;
class WorkspaceContext;
} // namespace yiping::workspace

class QAction;
class QTimer;
class QLabel;
class QScrollArea;
class QSplitter;

namespace yiping::ui {

class AlertListModel;
class LayerPanel;
class MetricChooser;
class ProfilePanel;
class SearchBox;

// 地图 — one screen to see the whole city: the four-level grid as a choropleth with
// drill-down, key persons and sites, event heat and points, alerts, over a time window.
// It is a client of the workspace context: a click or a search result selects, the
// drill-down and the breadcrumb set the region, the time bar sets the time window, and
// the map follows the context whoever wrote it (the selection is highlighted and its
// profile opens beside the map). Everything read from the cache comes through
// MapDataService, off the GUI thread.
class MapPage : public Page
{
    Q_OBJECT

public:
    MapPage(workspace::WorkspaceContext *workspace, const QString &cityName,
            const QList<geo::Boundary> &districts, QWidget *parent = nullptr);

    QString name() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Map"); }
    QList<QAction *> pageActions(Place place) const override;
    QList<QWidget *> statusWidgets() const override;
    bool isBusy() const override;
    bool shows(domain::RefType type) const override;

    map::MapView *mapView() const { return m_view; }
    MapDataService *data() const { return m_data; }
    widgets::TimeWindowBar *timeBar() const { return m_time; }
    widgets::Breadcrumb *breadcrumb() const { return m_breadcrumb; }
    LayerPanel *layerPanel() const { return m_layers; }
    ProfilePanel *profilePanel() const { return m_profile; }
    SearchBox *searchBox() const { return m_search; }

    void setCachePath(const QString &cachePath);
    // The alerts' markers follow the model's rows.
    void setAlerts(const AlertListModel *alerts);
    // Emits message() when the basemap cannot be shown.
    void applyBasemap(const map::BasemapSettings &settings);

    int level() const { return m_grid.level; }
    QString parentId() const { return m_grid.parentId; }
    const GridView &grid() const { return m_grid; }

    // An ack of `alertId` made here (Pending) or failed (Open): what its profile, when
    // shown, offers: 确认 or 待上传.
    void setAlertAckState(const QString &alertId, AlertAckState state);

    void setViewerClearance(security::Clearance clearance);
    security::Clearance viewerClearance() const { return m_clearance; }
    void setAuthor(const QString &user) { m_author = user; }

public Q_SLOTS:
    void exportImage();
    void exportPdf();

Q_SIGNALS:
    // 确认 in an alert's profile; the window queues it (AlertAcknowledger) and answers with
    // setAlertAckState().
    void acknowledgeRequested(const QString &alertId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Each in the file named for its concept: MapPageLayers.cpp, MapPageSelection.cpp,
    // MapPageActions.cpp, MapPageAlerts.cpp.
    void buildLayerPanel();
    void createActions();
    void chooseBasemap();
    void connectSelection();
    void followSelection(const workspace::Selection &selection);
    void highlightSelection();
    void openProfile(domain::RefType type, const QString &id);
    void placeProfile();
    // Shows the children of the region (the districts for the whole city).
    void showRegion(const workspace::RegionScope &region);
    void showAlerts();
    void onOpened(qint64 first, qint64 last);
    void onGrid(const GridView &grid);
    void onMetric(store::RegionMetric metric, int level, const QHash<QString, double> &values);
    void onEventLayers(const EventLayers &layers);
    void onProfile(const store::Profile &profile);
    QList<workspace::ItemRef> refsAt(const QPointF &screen) const;
    void onClicked(const QPointF &screen, const QPointF &lonLat, Qt::KeyboardModifiers modifiers);
    void hoverAt(const QPointF &lonLat);
    void followHover(const workspace::ItemRef &ref);
    void onDoubleClicked(const QPointF &screen, const QPointF &lonLat);
    void onWindowChanged();
    void refreshPersons();
    QString windowText() const;
    QRectF cityMercator() const;

    workspace::WorkspaceContext *m_workspace;
    QString m_cityName;
    MapDataService *m_data;
    map::MapView *m_view;
    widgets::Breadcrumb *m_breadcrumb;
    widgets::TimeWindowBar *m_time;
    LayerPanel *m_layers;
    MetricChooser *m_metric;
    ProfilePanel *m_profile;
    SearchBox *m_search;
    QLabel *m_status;
    QLabel *m_cursor;
    QScrollArea *m_layerScroll;
    QSplitter *m_split;
    QList<QAction *> m_fileActions;
    QList<QAction *> m_viewActions;
    const AlertListModel *m_alerts = nullptr;

    GridView m_grid;
    QList<store::PersonPoint> m_persons;
    QList<int> m_personIndex; // symbol -> person
    PersonFilter m_personFilter = PersonFilter::all();
    QList<store::SitePoint> m_sites;
    EventLayers m_events;
    QRectF m_cityBounds; // Mercator, from the cache's districts
    bool m_opened = false;
    bool m_failed = false;
    bool m_metricPending = false;
    security::Clearance m_clearance = security::Clearance::Public;
    QString m_author;
    // Alerts acknowledged here this session: pending even when a profile read began before
    // the ack reached the queue.
    QSet<QString> m_ackedHere;
    static constexpr int kHoverDelayMs = 150;
    QTimer *m_hoverDelay = nullptr;
    QPointF m_hoverLonLat;
};

} // namespace yiping::ui
