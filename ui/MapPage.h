#pragma once

#include "Page.h"
#include "alerts/AlertAckState.h"
#include "geo/Boundary.h"
#include "map/PersonFilter.h"
#include "mapdata/MapDataService.h"
#include "security/Clearance.h"

#include <QSet>

namespace yiping::map {
class MapView;
}
namespace yiping::widgets {
class Breadcrumb;
class TimeWindowBar;
} // namespace yiping::widgets

class QLabel;
class QSplitter;

namespace yiping::ui {

class LayerPanel;
class MetricChooser;
class ProfilePanel;
class SearchBox;

// 地图 — one screen to see the whole city: the four-level grid as a choropleth with
// drill-down, key persons and sites, event heat and points, alerts, over a time window;
// a click or a search result opens the object's profile beside the map. Everything read
// from the cache comes through MapDataService, off the GUI thread.
class MapPage : public Page
{
    Q_OBJECT

public:
    MapPage(const QString &cityName, const QList<geo::Boundary> &districts,
            QWidget *parent = nullptr);

    QString name() const override { return QStringLiteral("map"); }
    QString title() const override { return tr("Map"); }

    map::MapView *mapView() const { return m_view; }
    MapDataService *data() const { return m_data; }
    widgets::TimeWindowBar *timeBar() const { return m_time; }
    widgets::Breadcrumb *breadcrumb() const { return m_breadcrumb; }
    LayerPanel *layerPanel() const { return m_layers; }
    ProfilePanel *profilePanel() const { return m_profile; }
    SearchBox *searchBox() const { return m_search; }

    void setCachePath(const QString &cachePath);
    // Whether cache reads are still under way (a screenshot waits for the full picture).
    bool isBusy() const;

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
    // Shows the children of `regionId` at `level` (level 2 with no id: the districts).
    void showLevel(int level, const QString &regionId);
    void openProfile(domain::RefType type, const QString &id);
    void exportImage();
    void exportPdf();

Q_SIGNALS:
    void message(const QString &text);
    // 确认 in an alert's profile; the window queues it (AlertAcknowledger) and answers with
    // setAlertAckState().
    void acknowledgeRequested(const QString &alertId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Each in the file named for its concept: MapPageLayers.cpp, MapPageSelection.cpp.
    void buildLayerPanel();
    void connectSelection();
    void placeProfile();
    void onOpened(qint64 first, qint64 last);
    void onGrid(const GridView &grid);
    void onMetric(store::RegionMetric metric, int level, const QHash<QString, double> &values);
    void onEventLayers(const EventLayers &layers);
    void onProfile(const store::Profile &profile);
    void onClicked(const QPointF &screen, const QPointF &lonLat);
    void onDoubleClicked(const QPointF &screen, const QPointF &lonLat);
    void onWindowChanged();
    void refreshPersons();
    void clearSelection();
    QString windowText() const;
    QRectF cityMercator() const;

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
    QSplitter *m_split;

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
    domain::RefType m_profileType = domain::RefType::Unknown;
    QString m_profileId;
    // Alerts acknowledged here this session: pending even when a profile read began before
    // the ack reached the queue.
    QSet<QString> m_ackedHere;
};

} // namespace yiping::ui
