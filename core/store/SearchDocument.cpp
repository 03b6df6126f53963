#include "store/SearchDocument.h"

#include "store/Pinyin.h"

#include <array>
#include <vector>

namespace yiping::store {

namespace {

using L = QLatin1StringView;

constexpr QChar kFieldSeparator = QChar(0x1f);

struct Fields
{
    std::vector<const char *> text;   // trigram: any substring of 3+ characters
    std::vector<const char *> pieces; // 1- and 2-character pieces
    const char *spelled;              // name whose pinyin is indexed
};

// Indexed by SearchKind - 1.
const std::array<Fields, 6> kFields = {{
    {{"name", "id_number", "phone", "address"}, {"name", "address"}, "name"},
    {{"name", "address"}, {"name", "address"}, "name"},
    {{"name", "uscc"}, {"name"}, "name"},
    {{"case_no", "title"}, {"title"}, nullptr},
    {{"summary"}, {}, nullptr},
    {{"name", "code"}, {"name"}, "name"},
}};

} // namespace

void SearchDocument::appendPieces(QString &out, QStringView field)
{
    const QString lower = field.toString().toLower();
    char32_t previous = 0;
    const QList<uint> codePoints = lower.toUcs4();
    for (const uint u : codePoints) {
        const char32_t cp = u;
        if (!QChar::isLetterOrNumber(cp)) {
            previous = 0;
            continue;
        }
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        if (previous) {
            out += QString::fromUcs4(&previous, 1);
            out += QString::fromUcs4(&cp, 1);
            out += QLatin1Char(' ');
        }
        out += QString::fromUcs4(&cp, 1);
        previous = cp;
    }
}

SearchDocument SearchDocument::of(SearchKind kind, const QJsonObject &record)
{
    const Fields &fields = kFields[size_t(kind) - 1];
    SearchDocument doc;
    for (const char *key : fields.text) {
        const QString value = record.value(L(key)).toString();
        if (value.isEmpty())
            continue;
        if (!doc.text.isEmpty())
            doc.text += kFieldSeparator;
        doc.text += value;
    }
    for (const char *key : fields.pieces)
        appendPieces(doc.shortTokens, record.value(L(key)).toString());
    if (fields.spelled) {
        const pinyin::Spellings s = pinyin::spell(record.value(L(fields.spelled)).toString());
        for (const QStringList *list : {&s.full, &s.initials})
            for (const QString &spelling : *list)
                doc.shortTokens += QLatin1Char(' ') + spelling;
    }
    return doc;
}

} // namespace yiping::store
