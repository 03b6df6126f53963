#pragma once

#include <QByteArray>
#include <QString>

namespace yiping::server {

// Failures the server injects on purpose, for tests and demos (--faults SPEC).
// SPEC is a comma-separated list of:
//   drop-after=BYTES[:N]   cut the TCP connection after BYTES bytes of each of the next N
//                          (default 1) sync page responses (through a TCP proxy)
//   status=CODE:N          the next N sync requests answer CODE (429 or 503) with
//                          Retry-After: 1; may be given once per code
//   malformed=COLLECTION   every sync page of COLLECTION is broken JSON
//   slow=MS                delay each request by MS milliseconds (through the proxy)
//   expire-token-after=N   a token expires after N authenticated requests
//   gone-below=REV         min_since = REV: a sync with 0 < since < REV answers 410
//   drop-put-response=N    the next N annotation PUTs are stored, but the connection is
//                          closed before their answer (through the proxy)
struct Faults
{
    qint64 dropAfterBytes = 0;
    int dropCount = 0;
    int status429 = 0;
    int status503 = 0;
    QByteArray malformedCollection;
    int slowMs = 0;
    int expireTokenAfter = 0;
    qint64 goneBelow = 0;
    int dropPutResponses = 0;

    // false with *error for an unknown or malformed item.
    static bool parse(const QString &spec, Faults *out, QString *error);

    // Whether the connection-level faults need the proxy in front of the HTTP server.
    bool needsProxy() const { return dropCount > 0 || slowMs > 0 || dropPutResponses > 0; }

    // The status the next sync request must answer (consuming one), or 0.
    int takeStatus();
};

} // namespace yiping::server
