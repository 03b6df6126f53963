#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace yiping::sync {

// Limits on what a server may send, so that a hostile or broken page costs an error
// message and never the process: no unbounded memory, no deep recursion, no geometry that
// later stalls the map. The store checks the contract's required fields (RecordCheck);
// these are the checks it does not make.
struct Limits
{
    qint64 maxPageBytes = qint64(64) << 20;  // one page's body; the download is aborted past it
    int maxDepth = 64;                       // JSON nesting (a Case's stages are 4 deep)
    qint64 maxStringBytes = qint64(1) << 20; // one JSON string
    qint64 maxVertices = 1'000'000;          // positions in one geometry
    // Arrays and objects in one page: parsed JSON costs far more memory than its text, so
    // this bounds what a page of tiny arrays can make the parser allocate.
    qint64 maxContainers = 2'000'000;
};

class PageGuard
{
    Q_DECLARE_TR_FUNCTIONS(PageGuard)

public:
    explicit PageGuard(const Limits &limits)
        : m_limits(limits)
    {}

    // Scans the raw bytes before parsing: nesting depth, containers and string lengths, in one pass
    // with no recursion. Empty when the page may be parsed.
    QString scan(const QByteArray &json) const;
    // Geometry of one parsed record: GeoJSON `geometry` / `footprint` and the LonLat
    // fields. Coordinates must be finite, within [-180,180]x[-90,90], rings closed with at
    // least four positions, and a geometry within maxVertices. Empty when it is sound.
    QString checkRecord(const QJsonObject &record) const;
    // Cuts a scanned page `{..., "items": [ {...}, ... ], ...}` into the raw bytes of each
    // item and the envelope with an empty items array, so that no item is parsed as part of
    // the page and serialized again for the store. The items are views into `json` (no
    // copy): `json` must outlive them unchanged. False when the page is not of that plain
    // shape (not an object, an item not an object, broken or truncated JSON): the caller
    // then parses the page whole, which names the fault.
    static bool splitItems(const QByteArray &json, QByteArray *envelope, QList<QByteArray> *items,
                           QList<qsizetype> *offsets);

    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
};

} // namespace yiping::sync
