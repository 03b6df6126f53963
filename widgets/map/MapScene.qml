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
    }
}
