#pragma once

#include <QString>

namespace yiping::gen {

struct GeneratorOptions
{
    QString scale = QStringLiteral("city"); // small | city | stress
    quint64 seed = 1;
    QString outPath;
    qint64 now = 0;  // seconds since the epoch; the dataset ends here
    QString cityDir; // folder of city.json
};

// The deterministic demo-city generator: the same options give the same bytes.
class Generator
{
public:
    // 2026-11-27T08:00:00+08:00: a fixed default so that the default output never
    // depends on the wall clock.
    static qint64 defaultNow();
    // RFC 3339 with an offset; false if `text` is not one.
    static bool parseNow(const QString &text, qint64 *out);

    static bool run(const GeneratorOptions &options, QString *error);
};

} // namespace yiping::gen
