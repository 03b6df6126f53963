#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace yiping::domain {

// Display names of enum values, translated. A value the client does not know is shown as
// the raw string read from the data, so that nothing the server sends is hidden.
class EnumText
{
    Q_DECLARE_TR_FUNCTIONS(EnumText)

public:
    static QString of(Gender v);
    static QString of(PersonCategory v);
    static QString of(PersonStatus v);
    static QString of(SiteKind v);
    static QString of(EventSource v);
    static QString of(EventStatus v);
    static QString of(CaseKind v);
    static QString of(Stage v);
    static QString of(Agency v);
    static QString of(DisputeKind v);
    static QString of(DisputeChannel v);
    static QString of(DisputeStatus v);
    static QString of(TrackSource v);
    static QString of(RelationKind v);
    static QString of(RefType v);
    static QString of(AlertLevel v);
    static QString of(AlertStatus v);
    static QString of(AnnotationKind v);
    // The name of an alert's rule. Rules are free text in the contract: the ones the
    // reference backend raises are named, any other is shown as the data has it.
    static QString alertRule(const QString &rule);
    // The names of an organisation's kind and an event's category, free text in the
    // contract as a rule is: the reference backend's are named, any other is shown as read.
    static QString orgKind(const QString &kind);
    static QString eventCategory(const QString &category);
    // The region level's name: 市 / 区县 / 镇街 / 网格.
    static QString regionLevel(int level);

    // The display name of a value read from data: translated when known, raw otherwise.
    template<typename E> static QString of(const EnumValue<E> &v)
    {
        return v.isKnown() ? of(v.value) : v.raw;
    }
};

} // namespace yiping::domain
