#include "store/Pinyin.h"

#include <algorithm>
#include <cstdint>

namespace yiping::store::pinyin {

namespace {

struct PinyinEntry
{
    std::uint32_t codePoint;
    std::int16_t first;
    std::int16_t second; // -1: none
};

#include "PinyinTable.inc"

} // namespace

QList<QLatin1StringView> readings(char32_t codePoint)
{
    const auto *end = std::end(kEntries);
    const auto *it = std::lower_bound(
        std::begin(kEntries), end, codePoint,
        [](const PinyinEntry &e, char32_t cp) { return e.codePoint < std::uint32_t(cp); });
    if (it == end || it->codePoint != std::uint32_t(codePoint))
        return {};
    QList<QLatin1StringView> out{QLatin1StringView(kSyllables[it->first])};
    if (it->second >= 0)
        out.append(QLatin1StringView(kSyllables[it->second]));
    return out;
}

Spellings spell(QStringView text)
{
    Spellings s{{QString()}, {QString()}};
    bool any = false;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint u : codePoints) {
        const char32_t cp = u;
        const QList<QLatin1StringView> r = readings(cp);
        if (r.isEmpty()) {
            if (!QChar::isLetterOrNumber(cp))
                continue;
            const QString lower = QString::fromUcs4(&cp, 1).toLower();
            for (QString &f : s.full)
                f += lower;
            for (QString &i : s.initials)
                i += lower;
            any = true;
            continue;
        }
        any = true;
        QStringList full, initials;
        for (const QString &f : std::as_const(s.full))
            for (QLatin1StringView reading : r)
                if (full.size() < kMaxVariants)
                    full.append(f + reading);
        for (const QString &i : std::as_const(s.initials))
            for (QLatin1StringView reading : r)
                if (initials.size() < kMaxVariants && !initials.contains(i + reading.front()))
                    initials.append(i + reading.front());
        s.full = std::move(full);
        s.initials = std::move(initials);
    }
    if (!any)
        return {};
    return s;
}

} // namespace yiping::store::pinyin
