#include "store/Search.h"

#include "store/Pinyin.h"

#include <QSet>

#include <algorithm>

namespace yiping::store {

namespace {

constexpr int kTrigram = 3; // FTS5's trigram tokenizer needs this many characters

int length(QStringView s)
{
    return int(s.toString().toUcs4().size());
}

bool isLetters(QStringView s)
{
    return !s.isEmpty() &&
           std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

bool hasWordCharacter(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

constexpr std::array<SearchKind, 6> kKinds = {SearchKind::Person, SearchKind::Site,
                                              SearchKind::Org,    SearchKind::Case,
                                              SearchKind::Event,  SearchKind::Region};

// What to show for a hit: id, title, detail, lon, lat.
const char *detailSql(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Person:
        return "SELECT id, name, address, lon, lat FROM persons WHERE rid=?";
    case SearchKind::Site:
        return "SELECT id, name, address, lon, lat FROM sites WHERE rid=?";
    case SearchKind::Org:
        return "SELECT id, name, uscc, lon, lat FROM orgs WHERE rid=?";
    case SearchKind::Case:
        return "SELECT c.id, c.case_no || ' ' || coalesce(c.title, ''), c.region_id, "
               "r.c_lon, r.c_lat FROM cases c LEFT JOIN regions r ON r.id=c.region_id "
               "WHERE c.rid=?";
    case SearchKind::Event:
        return "SELECT id, json_extract(json, '$.summary'), category, lon, lat FROM events "
               "WHERE rid=?";
    case SearchKind::Region:
        return "SELECT id, name, code, c_lon, c_lat FROM regions WHERE rid=?";
    }
    return nullptr;
}

} // namespace

QString Search::quoted(QStringView token)
{
    QString s = token.toString();
    s.replace(QLatin1Char('"'), QLatin1StringView("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

Statement &Search::statement(int slot, const char *sql)
{
    if (!m_statements[size_t(slot)].isValid())
        m_statements[size_t(slot)] = Statement(m_db, sql);
    return m_statements[size_t(slot)];
}

QList<qint64> Search::matches(SearchKind kind, const QString &textQuery, const QString &shortQuery,
                              int limit)
{
    // The rowid range of one kind keeps each group's candidates apart (rowid = kind << 32 |
    // rid), so a kind with many hits cannot crowd out the others.
    Statement *st = nullptr;
    if (!textQuery.isEmpty() && !shortQuery.isEmpty())
        st = &statement(0, "SELECT rowid FROM search_text WHERE search_text MATCH ?1 AND rowid "
                           "BETWEEN ?3 AND ?4 INTERSECT SELECT rowid FROM search_short WHERE "
                           "search_short MATCH ?2 AND rowid BETWEEN ?3 AND ?4 LIMIT ?5");
    else if (!textQuery.isEmpty())
        st = &statement(1, "SELECT rowid FROM search_text WHERE search_text MATCH ?1 AND rowid "
                           "BETWEEN ?3 AND ?4 LIMIT ?5");
    else
        st = &statement(2, "SELECT rowid FROM search_short WHERE search_short MATCH ?2 AND "
                           "rowid BETWEEN ?3 AND ?4 LIMIT ?5");
    if (!textQuery.isEmpty())
        st->bindText(1, textQuery);
    if (!shortQuery.isEmpty())
        st->bindText(2, shortQuery);
    st->bind(3, searchRowId(kind, 0)).bind(4, searchRowId(kind, 0xffffffffLL)).bind(5, limit);
    QList<qint64> rids;
    while (st->step())
        rids.append(st->columnInt(0) & 0xffffffffLL);
    st->reset();
    return rids;
}

std::optional<SearchHit> Search::hit(SearchKind kind, qint64 rid)
{
    Statement &st = statement(3 + int(kind), detailSql(kind));
    st.bind(1, rid);
    std::optional<SearchHit> h;
    if (st.step()) {
        h = SearchHit{kind, st.columnText(0), st.columnText(1), st.columnText(2), std::nullopt, 0};
        if (!st.isNull(3) && !st.isNull(4))
            h->location = QPointF(st.columnDouble(3), st.columnDouble(4));
    }
    st.reset();
    return h;
}

QList<SearchGroup> Search::find(const QString &query, int perGroup)
{
    const QStringList tokens = query.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty() || perGroup <= 0)
        return {};
    QStringList longTokens, shortTokens, spelled;
    bool allLetters = true;
    for (const QString &t : tokens) {
        const bool letters = isLetters(t);
        allLetters = allLetters && letters;
        if (length(t) >= kTrigram) {
            longTokens.append(quoted(t));
        } else {
            // A short token without a letter or digit ("*", "\"") can match no piece.
            if (!hasWordCharacter(t))
                return {};
            shortTokens.append(quoted(t) + (letters ? QStringLiteral("*") : QString()));
        }
        spelled.append(quoted(t) + QStringLiteral("*"));
    }
    const QString textQuery = longTokens.join(QLatin1Char(' '));
    const QString shortQuery = shortTokens.join(QLatin1Char(' '));
    const QString needle = tokens.join(QLatin1Char(' '));

    QList<SearchGroup> groups;
    const int limit = perGroup * 10;
    for (SearchKind kind : kKinds) {
        QList<qint64> rids = matches(kind, textQuery, shortQuery, limit);
        if (allLetters && !longTokens.isEmpty()) // pinyin of names, typed in full or initials
            rids += matches(kind, QString(), spelled.join(QLatin1Char(' ')), limit);
        QSet<qint64> seen;
        SearchGroup group{kind, {}};
        for (qint64 rid : std::as_const(rids)) {
            if (seen.contains(rid))
                continue;
            seen.insert(rid);
            std::optional<SearchHit> h = hit(kind, rid);
            if (!h)
                continue;
            const QString title = h->title.toLower();
            if (title == needle)
                h->score = 100;
            else if (title.startsWith(needle))
                h->score = 80;
            else if (title.contains(needle))
                h->score = 60;
            else
                h->score = allLetters ? 50 : 40; // pinyin, or another field (ID, phone, address)
            group.hits.append(std::move(*h));
        }
        std::stable_sort(
            group.hits.begin(), group.hits.end(), [](const SearchHit &a, const SearchHit &b) {
                return a.score != b.score ? a.score > b.score : a.title.size() < b.title.size();
            });
        if (group.hits.size() > perGroup)
            group.hits.resize(perGroup);
        if (!group.hits.isEmpty())
            groups.append(std::move(group));
    }
    return groups;
}

} // namespace yiping::store
