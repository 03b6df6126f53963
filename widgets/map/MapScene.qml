import QtQuick
import QtLocation
import QtPositioning
import Yiping.Map

// The map page's scene: Qt Location's Map is the camera (and the basemap when one is
// configured); the product's own data is drawn by batched C++ layers that follow it.
// Bottom to top: basemap, the layer cache's picture of the still layers, the live layers.
Item {
    id: root

    signal cursorMoved(real lon, real lat)
    signal cursorLeft()
    signal clicked(real x, real y, int modifiers)
    signal doubleClicked(real x, real y)

    // A page that drills down on double-click turns this off.
    property bool doubleClickZooms: true
    // 0: no basemap (the map's own background), 1: a tile folder, 2: a tile server.
    property int basemapKind: 0
    readonly property color backgroundColor: "#0B1A2E"
    // The Map is made from mapComponent so that a basemap change can replace it: a Map's
    // plugin is set once.
    property var map: null
    readonly property var camCenter: map ? map.center : QtPositioning.coordinate()
    readonly property real camZoom: map ? map.zoomLevel : 0

    function zoomBy(steps, point) {
        const at = point === undefined ? Qt.point(map.width / 2, map.height / 2) : point
        const anchor = map.toCoordinate(at, false)
        map.zoomLevel = Math.max(map.minimumZoomLevel,
                                 Math.min(map.maximumZoomLevel, map.zoomLevel + steps))
        if (anchor.isValid)
            map.alignCoordinateToPoint(anchor, at)
    }

    // A short animated move; far jumps (more than a few screens away) are instant, since
    // sliding across the whole city shows nothing useful and costs frames.
    function flyTo(lon, lat, zoom) {
        flight.stop()
        const target = QtPositioning.coordinate(lat, lon)
        const from = map.fromCoordinate(target, false)
        const screens = Math.max(Math.abs(from.x - map.width / 2) / map.width,
                                 Math.abs(from.y - map.height / 2) / map.height)
        if (!(screens < 3) || Math.abs(zoom - map.zoomLevel) > 4) {
            map.zoomLevel = zoom
            map.center = target
            return
        }
        centerAnimation.target = map
        zoomAnimation.target = map
        centerAnimation.to = target
        zoomAnimation.to = zoom
        flight.start()
    }

    function pluginSource(kind, folder, url, cacheDir) {
        if (kind === 0)
            return 'import QtLocation; Plugin { name: "itemsoverlay" }'
        // The osm plugin with its provider repository disabled never looks up providers on
        // the internet; tiles come from the folder (a file: URL) or the agency's server.
        // For a folder, `url` is the folder's file: URL (QNetworkAccessManager reads it).
        // Its tile cache is the source's own (see MapView::setBasemap); the user agent
        // names the product in the agency server's logs.
        let params = [["osm.mapping.providersrepository.disabled", "true"],
                      ["osm.mapping.custom.host", url],
                      ["osm.mapping.cache.directory", cacheDir],
                      ["osm.useragent", "Yiping"]]
        if (kind === 1)
            params.push(["osm.mapping.offline.directory", folder])
        let text = 'import QtLocation; Plugin { name: "osm"; '
        for (let i = 0; i < params.length; ++i)
            text += 'PluginParameter { name: ' + JSON.stringify(params[i][0]) + '; value: '
                    + JSON.stringify(params[i][1]) + ' } '
        return text + '}'
    }

    // Replaces the Map with one on the new plugin, keeping the camera. Returns an error
    // text, empty on success.
    function setBasemap(kind, folder, url, cacheDir) {
        const center = map ? map.center : QtPositioning.coordinate(25.45, 119.0)
        const zoom = map ? map.zoomLevel : 10
        const plugin = Qt.createQmlObject(pluginSource(kind, folder, url, cacheDir), root)
        const next = mapComponent.createObject(mapHolder, { plugin: plugin })
        if (!next)
            return "the map could not be created"
        if (kind !== 0) {
            // The custom-URL map type is the last the osm plugin offers.
            const types = next.supportedMapTypes
            for (let i = 0; i < types.length; ++i)
                if (types[i].style === MapType.CustomMap)
                    next.activeMapType = types[i]
        }
        next.zoomLevel = zoom
        next.center = center
        const old = map
        map = next
        basemapKind = kind
        if (old)
            old.destroy()
        return next.error === Map.NoError ? "" : next.errorString
    }

    Component.onCompleted: setBasemap(0, "", "", "")

    ParallelAnimation {
        id: flight
        CoordinateAnimation { id: centerAnimation; property: "center"; duration: 450; easing.type: Easing.InOutQuad }
        NumberAnimation { id: zoomAnimation; property: "zoomLevel"; duration: 450; easing.type: Easing.InOutQuad }
    }

    Item { id: mapHolder; anchors.fill: parent }

    Component {
        id: mapComponent
        Map {
            id: map
            objectName: "map"
            anchors.fill: parent
            color: root.backgroundColor
            copyrightsVisible: false
            minimumZoomLevel: 3
            maximumZoomLevel: 19

            DragHandler {
                target: null
                onTranslationChanged: (delta) => map.pan(-delta.x, -delta.y)
            }
            WheelHandler {
                target: null
                acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad
                onWheel: (event) => root.zoomBy(event.angleDelta.y / 120 * 0.5, Qt.point(event.x, event.y))
            }
            TapHandler {
                id: tap
                onTapped: (eventPoint, button) => root.clicked(eventPoint.position.x, eventPoint.position.y,
                                                                tap.point.modifiers)
                onDoubleTapped: (eventPoint, button) => {
                    root.doubleClicked(eventPoint.position.x, eventPoint.position.y)
                    if (root.doubleClickZooms)
                        root.zoomBy(1, eventPoint.position)
                }
            }
            HoverHandler {
                onPointChanged: {
                    const c = map.toCoordinate(point.position, false)
                    if (c.isValid)
                        root.cursorMoved(c.longitude, c.latitude)
                }
                onHoveredChanged: if (!hovered) root.cursorLeft()
            }
        }
    }

    // The layers (MapView registers them, see LayerRegistry): the still ones inside the
    // layer cache, the live ones in liveLayers over its picture.
    readonly property Item pictureLayers: layerCache
    readonly property Item liveLayers: live
    // Nothing shows through the layers (no basemap): the picture holds the background and
    // is drawn without blending, and a software rasterizer then only copies it.
    readonly property bool opaquePicture: basemapKind === 0

    // The layers that do not animate draw into a picture that a pan only moves (see
    // LayerCache): one textured quad a frame instead of every cell and symbol again.
    LayerCache {
        id: layerCache
        objectName: "layerCache"
        anchors.fill: mapHolder; center: root.camCenter; zoomLevel: root.camZoom

        // The background under the layers in an opaque picture (below every layer's z).
        Rectangle {
            z: -1e9
            x: layerCache.pictureRect.x; y: layerCache.pictureRect.y
            width: layerCache.pictureRect.width; height: layerCache.pictureRect.height
            color: root.backgroundColor
            visible: layerCache.active && root.opaquePicture
        }
    }
    ShaderEffectSource {
        id: layerPicture
        sourceItem: layerCache
        // Drawn again only when a layer inside changes: a pan does not touch them.
        live: layerCache.active
        hideSource: layerCache.active
        visible: false // drawn by the ShaderEffect below
        smooth: false
        sourceRect: layerCache.pictureRect
    }
    // The picture, where the pan has moved it.
    ShaderEffect {
        objectName: "layerPictureView"
        property variant source: layerPicture
        blending: !root.opaquePicture
        visible: layerCache.active
        x: layerCache.x + layerCache.offset.x + layerCache.pictureRect.x
        y: layerCache.y + layerCache.offset.y + layerCache.pictureRect.y
        width: layerCache.pictureRect.width
        height: layerCache.pictureRect.height
    }

    // The live layers (the alerts' breathing halos, the selection) draw over the picture.
    Item {
        id: live
        anchors.fill: mapHolder
    }
    // Scale bar: the longest 1-2-5 distance that fits in 120 px at the centre latitude.
    Item {
        id: scaleBar
        anchors { left: parent.left; bottom: parent.bottom; margins: 16 }
        width: 140; height: 30
        readonly property real metresPerPixel:
            156543.03392 * Math.cos(root.camCenter.latitude * Math.PI / 180) / Math.pow(2, root.camZoom)
        readonly property real niceMetres: {
            const target = metresPerPixel * 120
            const p = Math.pow(10, Math.floor(Math.log(target) / Math.LN10))
            const f = target / p
            return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p
        }
        readonly property real barWidth: niceMetres / metresPerPixel
        Rectangle {
            x: 0; y: 20; width: scaleBar.barWidth; height: 3; color: "#8FA6C2"
        }
        Rectangle { x: 0; y: 14; width: 2; height: 9; color: "#8FA6C2" }
        Rectangle { x: scaleBar.barWidth - 2; y: 14; width: 2; height: 9; color: "#8FA6C2" }
        Text {
            x: 0; y: 0
            color: "#C9D6E6"
            font.pixelSize: 12
            text: scaleBar.niceMetres >= 1000 ? (scaleBar.niceMetres / 1000) + " km"
                                              : scaleBar.niceMetres + " m"
        }
    }

    // North arrow: the map is north-up.
    Item {
        anchors { right: parent.right; top: parent.top; margins: 16 }
        width: 28; height: 44
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: "N"; color: "#C9D6E6"; font.pixelSize: 12; font.bold: true
        }
        Canvas {
            y: 16; width: 28; height: 28
            onPaint: {
                const ctx = getContext("2d")
                ctx.fillStyle = "#22D3EE"
                ctx.beginPath(); ctx.moveTo(14, 0); ctx.lineTo(24, 26); ctx.lineTo(14, 20); ctx.closePath(); ctx.fill()
                ctx.fillStyle = "#8FA6C2"
                ctx.beginPath(); ctx.moveTo(14, 0); ctx.lineTo(4, 26); ctx.lineTo(14, 20); ctx.closePath(); ctx.fill()
            }
        }
    }
}
