// Frame times of the map while panning, at 1920×1080 under Xvfb (OpenGL on llvmpipe):
//   (a) the empty Map: the floor;
//   (b) the city on the batched layers: 3,000 grid cells (fills, lines, labels where they
//       fit), 20,000 key persons clustered, 8,000 key sites, event heat; with the layer
//       cache (a pan moves a picture of the layers) and without it (b-live);
//   (c) the same 3,000 cells as one MapPolygon each in a MapItemView (the baseline the
//       batched layers replace).
// Each scene pans continuously along a circle (16 px a frame) for ~200 frames, in four turns
// taken with the other scenes; the figures are the median, 90th percentile and maximum of
// the intervals between frames.
// Then the time of the PNG (4000×2500) and PDF exports of scene (b).
//
// The data are synthetic, of the real city's size, over Putian's area (seeded).
//
//   scripts/dev exec build/h-map-rel/bin/bench_map_frame [--frames 200]

#include "Budget.h"
#include "Theme.h"
#include "analysis/HeatGrid.h"
#include "geo/WebMercator.h"
#include "map/HeatLayer.h"
#include "map/LayerCache.h"
#include "map/MapView.h"
#include "map/PolygonLayer.h"
#include "map/SymbolLayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGeoCoordinate>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace yiping;

namespace {

const QSize kWindow(1920, 1080);
const QRectF kCity(118.60, 25.00, 0.84, 0.70); // lon, lat, width, height (degrees)
constexpr int kColumns = 60, kRows = 50;       // 3,000 cells

QList<geo::Boundary> cells()
{
    // Squares with a jittered point in the middle of each side (8 vertices), like the
    // generated grid's irregular cells.
    QRandomGenerator random(11);
    const double w = kCity.width() / kColumns, h = kCity.height() / kRows;
    QList<geo::Boundary> out;
    for (int r = 0; r < kRows; ++r) {
        for (int c = 0; c < kColumns; ++c) {
            const QPointF o(kCity.left() + c * w, kCity.top() + r * h);
            const auto j = [&] { return (random.bounded(1.0) - 0.5) * 0.1; };
            geo::GeoPolygon p;
            p.rings.append({o, o + QPointF(w * (0.5 + j()), 0), o + QPointF(w, 0),
                            o + QPointF(w, h * (0.5 + j())), o + QPointF(w, h),
                            o + QPointF(w * (0.5 + j()), h), o + QPointF(0, h),
                            o + QPointF(0, h * (0.5 + j()))});
            geo::Boundary b;
            b.code = QStringLiteral("G%1-%2").arg(c).arg(r);
            b.name = QStringLiteral("网格%1").arg(r * kColumns + c + 1);
            b.shape.append(p);
            b.labelPoint = o + QPointF(w / 2, h / 2);
            out.append(b);
        }
    }
    return out;
}

// Points concentrated around a few town centres, as people and events are.
QList<QPointF> points(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QPointF> centres;
    for (int i = 0; i < 50; ++i)
        centres.append(QPointF(kCity.left() + random.bounded(kCity.width()),
                               kCity.top() + random.bounded(kCity.height())));
    QList<QPointF> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QPointF c = centres[random.bounded(int(centres.size()))];
        const double r = 0.03 * std::sqrt(random.bounded(1.0));
        const double a = random.bounded(2 * M_PI);
        out.append(c + QPointF(std::cos(a), std::sin(a)) * r);
    }
    return out;
}

struct Figures
{
    double median = 0, p90 = 0, max = 0;
    double cpu = 0; // CPU time of the process (all threads: llvmpipe's too) per frame
};

// The frames of one scene over all rounds.
struct Samples
{
    QList<double> intervals;
    double cpuMs = 0;
    void add(const Samples &o)
    {
        intervals += o.intervals;
        cpuMs += o.cpuMs;
    }
};

// CPU time of this process so far, in ms: the machine is shared, and a frame's wall time
// grows with the load while the work it takes does not.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

Figures figures(const Samples &s)
{
    QList<double> v = s.intervals;
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, qsizetype(v.size() * 0.9))], v.last(),
            s.cpuMs / double(v.size())};
}

// Collects the intervals between `frames` frames of `widget` (after a few to warm up):
// after each frame `move(step)` changes the camera for the next (queued, as input would).
Samples collectFrames(QQuickWidget *widget, int frames, const std::function<void()> &start,
                      const std::function<void(int step)> &move)
{
    QList<double> intervals;
    QElapsedTimer clock;
    clock.start();
    qint64 last = -1;
    int step = 0;
    double cpuStart = 0;
    QEventLoop loop;
    auto c = QObject::connect(
        widget->quickWindow(), &QQuickWindow::afterRendering, widget,
        [&] {
            const qint64 now = clock.nsecsElapsed();
            if (last >= 0 && step > 5) // skip the warm-up frames
                intervals.append((now - last) / 1e6);
            if (step == 5)
                cpuStart = cpuMs();
            last = now;
            ++step;
            if (intervals.size() >= frames) {
                loop.quit();
                return;
            }
            QMetaObject::invokeMethod(widget, [&move, step] { move(step); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    QTimer::singleShot(0, widget, start);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    if (intervals.size() < frames)
        std::printf("  (timed out after %lld frames)\n", (long long)intervals.size());
    return {intervals, cpuMs() - cpuStart};
}

// Pans `map` along a circle of 500 px radius, 200 frames a turn (16 px a frame, a brisk
// drag). The view stays over the city, and every turn goes past the layer cache's margins
// (half a view), so the frames that draw a new picture are among those measured. `phase`
// is where on the circle the pan is (in frames), kept between a scene's turns.
Samples panFrames(QQuickWidget *widget, QQuickItem *map, int frames, int *phase = nullptr)
{
    int turn = phase ? *phase : 0;
    const auto onCircle = [](int t) {
        const double a = 2 * M_PI * t / 200;
        return QPoint(int(std::lround(500 * (std::cos(a) - 1))),
                      int(std::lround(500 * std::sin(a))));
    };
    QPoint at = onCircle(turn); // where the drag is, in whole pixels
    const auto pan = [map](QPoint d) {
        QMetaObject::invokeMethod(map, "pan", Q_ARG(int, d.x()), Q_ARG(int, d.y()));
    };
    const Samples samples = collectFrames(
        widget, frames, [&] { pan(QPoint(1, 0)); },
        [&](int) {
            const QPoint next = onCircle(++turn);
            pan(next - at);
            at = next;
        });
    if (phase)
        *phase = turn;
    return samples;
}

// Zooms `map` in and out between zoom 12.5 and 13.5, 0.025 a frame (a wheel turning):
// the layers draw live while the zoom moves.
Samples zoomFrames(QQuickWidget *widget, QQuickItem *map, int frames)
{
    return collectFrames(
        widget, frames, [map] { map->setProperty("zoomLevel", 12.51); },
        [map](int step) {
            const int phase = step % 80;
            map->setProperty("zoomLevel", 12.5 + 0.025 * (phase < 40 ? phase : 80 - phase));
        });
}

void print(const char *name, const Figures &f)
{
    std::printf("%-58s median %6.1f ms   p90 %6.1f ms   max %6.1f ms   CPU %5.1f ms/frame\n", name,
                f.median, f.p90, f.max, f.cpu);
    std::fflush(stdout);
}

void settle(QQuickWidget *w, int ms = 800)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    Q_UNUSED(w);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int frames = 200;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--frames")); i >= 0 && i + 1 < args.size())
        frames = args[i + 1].toInt();

    const QList<geo::Boundary> grid = cells();
    std::printf("bench_map_frame: %dx%d, %d frames per scene, backend %s\n", kWindow.width(),
                kWindow.height(), frames,
                qgetenv("QT_QUICK_BACKEND").isEmpty() ? "default (OpenGL under Xvfb)"
                                                      : qgetenv("QT_QUICK_BACKEND").constData());

    map::MapView view;
    view.resize(kWindow);
    view.show();
    view.setViewport(kCity.center(), 10.6);
    settle(&view);
    std::printf("graphics: %s\n", qPrintable(view.graphicsBackendName()));
    auto *cache = view.rootObject()->findChild<map::LayerCache *>();

    // The city on the batched layers. YIPING_BENCH_LAYERS=grid,labels,persons,sites,heat
    // limits it to some of them, to see what each costs.
    const QByteArray only = qgetenv("YIPING_BENCH_LAYERS");
    const auto wanted = [&](const char *name) { return only.isEmpty() || only.contains(name); };
    QElapsedTimer timer;
    timer.start();
    const auto model =
        map::PolygonRenderModel::build(grid, theme::gridFill, theme::gridLine, 12, 1.0);
    const qint64 buildMs = timer.elapsed();
    if (wanted("grid"))
        view.gridLayer()->setModel(model);
    if (wanted("labels"))
        view.gridLabels()->setModel(model);
    QList<QColor> fills;
    for (int i = 0; i < grid.size(); ++i) {
        const double t = double((i * 7919) % 1000) / 999;
        fills.append(QColor::fromRgbF(float(0.1 + 0.8 * t), float(0.25 + 0.5 * t), 0.5f, 0.6f));
    }
    timer.restart();
    view.gridLayer()->setFills(fills);
    QList<map::SymbolLayer::Symbol> persons;
    QRandomGenerator random(5);
    for (const QPointF &p : points(20000, 1)) {
        const int level = 1 + random.bounded(4);
        persons.append({geo::WebMercator::project(p), map::riskColour(level),
                        quint8(map::personSymbol(domain::PersonCategory(random.bounded(8)))),
                        quint8(level), QColor(), 0});
    }
    if (wanted("persons"))
        view.personLayer()->setSymbols(persons);
    QList<map::SymbolLayer::Symbol> sites;
    for (const QPointF &p : points(8000, 2)) {
        const int level = 1 + random.bounded(4);
        QColor halo = map::riskColour(level);
        halo.setAlphaF(0.3f);
        sites.append({geo::WebMercator::project(p), theme::category2,
                      quint8(map::siteSymbol(domain::SiteKind(random.bounded(13)))), quint8(level),
                      halo, 14});
    }
    if (wanted("sites"))
        view.siteLayer()->setSymbols(sites);
    const QRectF area(geo::WebMercator::project(kCity.topLeft()),
                      geo::WebMercator::project(kCity.bottomRight()));
    auto heat = std::make_shared<analysis::HeatGrid>(area.normalized(), area.width() / 700, 600);
    for (const QPointF &p : points(300000, 3))
        heat->add(geo::WebMercator::project(p));
    if (wanted("heat"))
        view.heatLayer()->setHeat(heat);
    const qint64 dataMs = timer.elapsed();

    // (c) The same cells as MapPolygons, in a window of their own.
    QTemporaryDir dir;
    QVariantList paths;
    for (const geo::Boundary &b : grid) {
        QVariantList path;
        for (const QPointF &p : b.shape.first().rings.first())
            path.append(QVariant::fromValue(QGeoCoordinate(p.y(), p.x())));
        paths.append(QVariant(path));
    }
    QFile qml(dir.filePath(QStringLiteral("polygons.qml")));
    qml.open(QIODevice::WriteOnly);
    qml.write("import QtQuick\nimport QtLocation\nimport QtPositioning\n"
              "Map {\n objectName: \"map\"\n plugin: Plugin { name: \"itemsoverlay\" }\n"
              " color: \"#0B1A2E\"\n zoomLevel: 10.6\n"
              " center: QtPositioning.coordinate(25.35, 119.02)\n"
              " MapItemView {\n  model: cellPaths\n"
              "  delegate: MapPolygon { path: modelData; color: \"#661E5A8C\";"
              " border.color: \"#6FB7E8\"; border.width: 1 }\n }\n}\n");
    qml.close();
    const bool withBaseline = !qEnvironmentVariableIsSet("YIPING_BENCH_SKIP_BASELINE");
    QQuickWidget polygons;
    if (withBaseline) {
        polygons.setResizeMode(QQuickWidget::SizeRootObjectToView);
        polygons.rootContext()->setContextProperty(QStringLiteral("cellPaths"), paths);
        polygons.setSource(QUrl::fromLocalFile(qml.fileName()));
        polygons.resize(kWindow);
    }

    // The scenes take turns, a quarter of their frames per round: the machine is shared,
    // and a load that comes and goes then weighs on all of them alike.
    const auto showLayers = [&](bool on) {
        for (map::MapLayer *layer : view.layers())
            layer->setVisible(on);
    };
    struct Scene
    {
        QPointF center;
        int phase = 0;
    };
    const auto onView = [&](Scene &scene, bool layers, bool cached) {
        polygons.hide();
        view.show();
        view.setViewport(scene.center, 10.6);
        showLayers(layers);
        cache->setCacheEnabled(cached);
        settle(&view, 400);
        const Samples samples = panFrames(&view, view.mapItem(), frames / 4, &scene.phase);
        scene.center = view.viewport().centerLonLat();
        return samples;
    };
    Scene emptyScene{kCity.center()}, cityScene{kCity.center()}, liveScene{kCity.center()};
    int polygonPhase = 0;
    Samples empty, city, live, baseline;
    int refreezes = 0;
    for (int round = 0; round < 4; ++round) {
        empty.add(onView(emptyScene, false, false));
        const int before = cache->refreezeCount();
        city.add(onView(cityScene, true, true));
        refreezes += cache->refreezeCount() - before;
        live.add(onView(liveScene, true, false));
        if (withBaseline) {
            view.hide();
            polygons.show();
            settle(&polygons, 1500);
            baseline.add(panFrames(&polygons, polygons.rootObject(), std::min(frames / 4, 15),
                                   &polygonPhase));
        }
    }
    const Figures fEmpty = figures(empty), fCity = figures(city), fLive = figures(live),
                  fBaseline = figures(baseline);
    print("(a) empty Map (the floor)", fEmpty);
    print("(b) 3,000 cells + 20,000 persons + 8,000 sites + heat, z10.6", fCity);
    std::printf("    (the layer cache drew a new picture %d times during the pans)\n", refreezes);
    print("(b-live) the same with the layer cache off", fLive);
    if (withBaseline)
        print("(c) 3,000 MapPolygons in a MapItemView", fBaseline);

    polygons.hide();
    view.show();
    view.setViewport(QPointF(119.0, 25.43), 13);
    cache->setCacheEnabled(true);
    settle(&view);
    print("(b') the same at zoom 13 (labels, fewer clusters)",
          figures(panFrames(&view, view.mapItem(), frames)));
    cache->setCacheEnabled(false);
    view.setViewport(QPointF(119.0, 25.43), 13);
    settle(&view, 400);
    print("(b'-live) the same at zoom 13 with the layer cache off",
          figures(panFrames(&view, view.mapItem(), frames / 2)));
    cache->setCacheEnabled(true);
    view.setViewport(QPointF(119.0, 25.43), 12.5);
    settle(&view, 400);
    print("(d) zooming between 12.5 and 13.5 (the layers draw live)",
          figures(zoomFrames(&view, view.mapItem(), frames / 2)));
    view.setViewport(kCity.center(), 10.6);
    settle(&view, 300);

    // Exports of (b).
    timer.restart();
    QString error;
    const bool pngOk =
        view.exportImage(dir.filePath(QStringLiteral("map.png")), QSize(4000, 2500), &error);
    const qint64 pngMs = timer.elapsed();
    timer.restart();
    const bool pdfOk = view.exportPdf(dir.filePath(QStringLiteral("map.pdf")), &error);
    const qint64 pdfMs = timer.elapsed();

    std::printf(
        "\nmodel of 3,000 cells built in %lld ms; symbols + heat (300,000 events) set in %lld ms\n",
        (long long)buildMs, (long long)dataMs);
    std::printf("(b) median / (a) median: %.2f   (b) over the floor: %.1f ms   (b-live) over "
                "the floor: %.1f ms\n",
                fCity.median / fEmpty.median, fCity.median - fEmpty.median,
                fLive.median - fEmpty.median);
    if (withBaseline)
        std::printf("(c) median / (b) median: %.1fx   (c) / (b-live): %.1fx  (goal >= 5x; (b) goal "
                    "<= 25 ms)\n",
                    fBaseline.median / fCity.median, fBaseline.median / fLive.median);
    std::printf("export PNG 4000x2500: %lld ms (%s)   PDF: %lld ms (%s)   goal < 2000 ms each\n",
                (long long)pngMs, pngOk ? "ok" : qPrintable(error), (long long)pdfMs,
                pdfOk ? "ok" : qPrintable(error));

    // The goals as ratios against the floor and the baseline measured in this run, so that
    // a slower machine moves both sides; the exports in absolute time (no baseline draws a
    // 4000×2500 map).
    QTextStream out(stdout);
    bench::Budget budget(out);
    budget.atMost(QStringLiteral("(b) median over (a) median"), fCity.median / fEmpty.median, 1.5,
                  QStringLiteral("x"));
    if (withBaseline)
        budget.atLeast(QStringLiteral("(c) median over (b) median"),
                       fBaseline.median / fCity.median, 5, QStringLiteral("x"));
    budget.atMost(QStringLiteral("export PNG 4000x2500"), pngOk ? double(pngMs) : 1e9, 2000,
                  QStringLiteral("ms"));
    budget.atMost(QStringLiteral("export PDF"), pdfOk ? double(pdfMs) : 1e9, 2000,
                  QStringLiteral("ms"));
    return budget.exitCode();
}
