#pragma once

#include "store/SearchKind.h"

#include <QJsonObject>
#include <QString>

namespace yiping::store {

// What one record contributes to the search index. `text` goes into the trigram table
// (fields joined by a separator nobody types, so that a query does not match across two
// fields by accident); `shortTokens` into the short-token table: every 1- and
// 2-character piece of names and addresses, and the pinyin spellings of names.
struct SearchDocument
{
    QString text;
    QString shortTokens;

    static SearchDocument of(SearchKind kind, const QJsonObject &record);
    // Appends the 1- and 2-character pieces of `field` (lowercased, runs of letters and
    // digits only), separated by spaces.
    static void appendPieces(QString &out, QStringView field);
};

} // namespace yiping::store
