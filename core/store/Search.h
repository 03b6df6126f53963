#pragma once

#include "store/SearchKind.h"
#include "store/Sqlite.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <array>
#include <optional>

namespace yiping::store {

struct SearchHit
{
    SearchKind kind = SearchKind::Person;
    QString id;
    QString title;                   // name, case number and title, event summary…
    QString detail;                  // address, code…: what tells two equal titles apart
    std::optional<QPointF> location; // where to show it on the map
    int score = 0;                   // higher is better; only comparable within a query
};

struct SearchGroup
{
    SearchKind kind = SearchKind::Person;
    QList<SearchHit> hits;
};

// Search over persons, sites, orgs, cases, events and regions: any substring of names,
// addresses, case numbers and titles, event summaries, ID-number and phone fragments, and
// pinyin (full or initials) of names. What the user typed is only ever data: every token
// is quoted for FTS5 and the query is a bound parameter.
class Search
{
public:
    explicit Search(Database &db)
        : m_db(db)
    {}

    // Groups in SearchKind order, hits best first; empty for an empty query.
    QList<SearchGroup> find(const QString &query, int perGroup = 20);

    // `token` as an FTS5 string: in double quotes, inner quotes doubled.
    static QString quoted(QStringView token);

private:
    Statement &statement(int slot, const char *sql);
    QList<qint64> matches(SearchKind kind, const QString &textQuery, const QString &shortQuery,
                          int limit);
    std::optional<SearchHit> hit(SearchKind kind, qint64 rid);

    Database &m_db;
    std::array<Statement, 16> m_statements;
};

} // namespace yiping::store
