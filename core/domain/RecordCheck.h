#pragma once

#include "domain/Collection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace yiping::domain {

// Checks a record (or tombstone) against the contract's required fields. Returns an
// empty string when it conforms, else a sentence saying what is wrong.
class RecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(RecordCheck)

public:
    static QString violation(Collection c, const QJsonObject &record);
    static bool isTombstone(const QJsonObject &record);
};

} // namespace yiping::domain
