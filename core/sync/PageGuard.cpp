#include "sync/PageGuard.h"

#include <QJsonArray>

#include <cmath>

namespace yiping::sync {

namespace {

using L = QLatin1StringView;

bool isPosition(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || a.size() > 3 || !a[0].isDouble() || !a[1].isDouble())
        return false;
    const double lon = a[0].toDouble();
    const double lat = a[1].toDouble();
    return std::isfinite(lon) && std::isfinite(lat) && lon >= -180 && lon <= 180 && lat >= -90 &&
           lat <= 90;
}

// Checks a list of positions; a ring must also be closed and have four of them.
QString checkPositions(const QJsonValue &v, bool ring, qint64 *vertices, qint64 maxVertices)
{
    if (!v.isArray())
        return PageGuard::tr("coordinates are not an array of positions");
    const QJsonArray positions = v.toArray();
    *vertices += positions.size();
    if (*vertices > maxVertices)
        return PageGuard::tr("a geometry has more than %1 vertices").arg(maxVertices);
    for (const QJsonValue &p : positions)
        if (!isPosition(p))
            return PageGuard::tr("a position is not a finite [lon, lat] within range");
    if (ring && (positions.size() < 4 || positions.first() != positions.last()))
        return PageGuard::tr("a polygon ring is not closed");
    return {};
}

QString checkPolygon(const QJsonValue &v, qint64 *vertices, qint64 maxVertices)
{
    if (!v.isArray() || v.toArray().isEmpty())
        return PageGuard::tr("a polygon has no rings");
    for (const QJsonValue &ring : v.toArray())
        if (QString why = checkPositions(ring, true, vertices, maxVertices); !why.isEmpty())
            return why;
    return {};
}

QString checkGeometry(const QJsonObject &g, qint64 maxVertices)
{
    const QString type = g.value(L("type")).toString();
    const QJsonValue coords = g.value(L("coordinates"));
    qint64 vertices = 0;
    if (type == L("Point"))
        return isPosition(coords) ? QString() : PageGuard::tr("a point is out of range");
    if (type == L("LineString"))
        return checkPositions(coords, false, &vertices, maxVertices);
    if (type == L("Polygon"))
        return checkPolygon(coords, &vertices, maxVertices);
    if (type == L("MultiPolygon")) {
        if (!coords.isArray())
            return PageGuard::tr("a multipolygon has no polygons");
        for (const QJsonValue &polygon : coords.toArray())
            if (QString why = checkPolygon(polygon, &vertices, maxVertices); !why.isEmpty())
                return why;
        return {};
    }
    return {}; // a type this client does not draw is kept as-is (forward compatibility)
}

bool isSpace(char ch)
{
    return ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
}

qsizetype skipSpace(const char *d, qsizetype n, qsizetype i)
{
    while (i < n && isSpace(d[i]))
        ++i;
    return i;
}

// The end of the string opening at d[i] (one past its closing quote), or -1.
qsizetype skipString(const char *d, qsizetype n, qsizetype i)
{
    for (++i; i < n; ++i) {
        if (d[i] == '\\')
            ++i;
        else if (d[i] == '"')
            return i + 1;
    }
    return -1;
}

// The end of the value starting at d[i], or -1. Only finds its extent: the parser that
// later reads the bytes checks them (scan() has already bounded nesting and strings).
qsizetype skipValue(const char *d, qsizetype n, qsizetype i)
{
    if (i >= n)
        return -1;
    const char first = d[i];
    if (first == '"')
        return skipString(d, n, i);
    if (first == '{' || first == '[') {
        int depth = 0;
        while (i < n) {
            const char ch = d[i];
            if (ch == '"') {
                i = skipString(d, n, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (ch == '{' || ch == '[')
                ++depth;
            else if ((ch == '}' || ch == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return -1;
    }
    if (first == ',' || first == ']' || first == '}' || first == ':')
        return -1;
    while (i < n && !isSpace(d[i]) && d[i] != ',' && d[i] != ']' && d[i] != '}')
        ++i;
    return i;
}

} // namespace

bool PageGuard::splitItems(const QByteArray &json, QByteArray *envelope, QList<QByteArray> *items,
                           QList<qsizetype> *offsets)
{
    const char *d = json.constData();
    const qsizetype n = json.size();
    qsizetype i = skipSpace(d, n, 0);
    if (i >= n || d[i] != '{')
        return false;
    i = skipSpace(d, n, i + 1);
    qsizetype itemsBegin = -1;
    qsizetype itemsEnd = -1;
    while (i < n && d[i] != '}') {
        const qsizetype keyEnd = d[i] == '"' ? skipString(d, n, i) : -1;
        if (keyEnd < 0)
            return false;
        const bool isItems = QByteArrayView(d + i, keyEnd - i) == "\"items\"";
        i = skipSpace(d, n, keyEnd);
        if (i >= n || d[i] != ':')
            return false;
        i = skipSpace(d, n, i + 1);
        if (isItems) {
            if (itemsBegin >= 0 || i >= n || d[i] != '[')
                return false; // a second items, or not an array: let the parser judge
            itemsBegin = i;
            i = skipSpace(d, n, i + 1);
            while (i < n && d[i] != ']') {
                if (d[i] != '{')
                    return false;
                const qsizetype end = skipValue(d, n, i);
                if (end < 0)
                    return false;
                items->append(QByteArray::fromRawData(d + i, end - i));
                offsets->append(i);
                i = skipSpace(d, n, end);
                if (i < n && d[i] == ',') {
                    i = skipSpace(d, n, i + 1);
                    if (i < n && d[i] == ']')
                        return false; // a trailing comma
                } else if (i < n && d[i] != ']') {
                    return false; // a missing comma
                }
            }
            if (i >= n)
                return false;
            itemsEnd = ++i;
        } else {
            i = skipValue(d, n, i);
            if (i < 0)
                return false;
        }
        i = skipSpace(d, n, i);
        if (i < n && d[i] == ',') {
            i = skipSpace(d, n, i + 1);
            if (i < n && d[i] == '}')
                return false;
        } else if (i < n && d[i] != '}') {
            return false;
        }
    }
    if (i >= n || itemsBegin < 0 || skipSpace(d, n, i + 1) != n)
        return false;
    *envelope = json.left(itemsBegin) + "[]" + json.mid(itemsEnd);
    return true;
}

QString PageGuard::scan(const QByteArray &json) const
{
    int depth = 0;
    qint64 containers = 0;
    bool inString = false;
    qint64 stringStart = 0;
    const char *data = json.constData();
    const qint64 n = json.size();
    for (qint64 i = 0; i < n; ++i) {
        const char ch = data[i];
        if (inString) {
            if (ch == '\\') {
                ++i; // the escaped character cannot end the string
            } else if (ch == '"') {
                inString = false;
                if (i - stringStart > m_limits.maxStringBytes)
                    return tr("a string is longer than %1 bytes").arg(m_limits.maxStringBytes);
            }
            continue;
        }
        switch (ch) {
        case '"':
            inString = true;
            stringStart = i;
            break;
        case '[':
        case '{':
            if (++depth > m_limits.maxDepth)
                return tr("JSON nested deeper than %1 levels").arg(m_limits.maxDepth);
            if (++containers > m_limits.maxContainers)
                return tr("the page holds more than %1 arrays and objects")
                    .arg(m_limits.maxContainers);
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    if (inString && n - stringStart > m_limits.maxStringBytes)
        return tr("a string is longer than %1 bytes").arg(m_limits.maxStringBytes);
    return {};
}

QString PageGuard::checkRecord(const QJsonObject &record) const
{
    for (const char *field : {"geometry", "footprint"}) {
        const QJsonValue g = record.value(L(field));
        if (g.isUndefined() || g.isNull())
            continue;
        if (!g.isObject())
            return tr("%1 is not a GeoJSON object").arg(L(field));
        if (QString why = checkGeometry(g.toObject(), m_limits.maxVertices); !why.isEmpty())
            return tr("%1: %2").arg(L(field), why);
    }
    for (const char *field : {"location", "centroid"}) {
        const QJsonValue v = record.value(L(field));
        if (!v.isUndefined() && !v.isNull() && !isPosition(v))
            return tr("%1 is not a finite [lon, lat] within range").arg(L(field));
    }
    return {};
}

} // namespace yiping::sync
