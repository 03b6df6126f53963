#pragma once

#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

namespace yiping::store::pinyin {

// Mandarin readings of one character without tones (ü as v), from Unihan kMandarin;
// empty for characters that have none. At most two readings per character.
QList<QLatin1StringView> readings(char32_t codePoint);

// How a user may type a name in pinyin: full spellings ("zhangwei") and initials ("zw").
// Letters and digits in the text are kept (lowercased); other characters are skipped.
// Characters with two readings multiply the variants, capped at kMaxVariants.
struct Spellings
{
    QStringList full;
    QStringList initials;
};
inline constexpr int kMaxVariants = 4;
Spellings spell(QStringView text);

} // namespace yiping::store::pinyin
