import QtQuick
import QtLocation
import QtPositioning
import Yiping.Map

// The map page's scene: Qt Location's Map is the camera (and the basemap when one is
// configured); the product's own data is drawn by batched C++ layers that follow it.
Item {
    id: root

    signal cursorMoved(real lon, real lat)
    signal cursorLeft()

    function zoomBy(steps, point) {
        const at = point === undefined ? Qt.point(map.width / 2, map.height / 2) : point
        const anchor = map.toCoordinate(at, false)
        map.zoomLevel = Math.max(map.minimumZoomLevel,
                                 Math.min(map.maximumZoomLevel, map.zoomLevel + steps))
        if (anchor.isValid)
            map.alignCoordinateToPoint(anchor, at)
    }

    Map {
        id: map
        objectName: "map"
        anchors.fill: parent
        plugin: Plugin { name: "itemsoverlay" }
        color: "#0B1A2E"
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
            onDoubleTapped: (eventPoint) => root.zoomBy(1, eventPoint.position)
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

    PolygonLayer {
        objectName: "districtLayer"
        anchors.fill: map
        center: map.center
        zoomLevel: map.zoomLevel
        labelsVisible: false
    }

    PointLayer {
        objectName: "alertLayer"
        anchors.fill: map
        center: map.center
        zoomLevel: map.zoomLevel
    }

    PolygonLayer {
        objectName: "districtLabels"
        anchors.fill: map
        center: map.center
        zoomLevel: map.zoomLevel
        shapesVisible: false
    }

    // Scale bar: the longest 1-2-5 distance that fits in 120 px at the centre latitude.
    Item {
        id: scaleBar
        anchors { left: parent.left; bottom: parent.bottom; margins: 16 }
        width: 140; height: 30
        readonly property real metresPerPixel:
            156543.03392 * Math.cos(map.center.latitude * Math.PI / 180) / Math.pow(2, map.zoomLevel)
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
