#pragma once

#include "store/Profile.h"

#include <QCoreApplication>
#include <QString>

namespace yiping::ui {

// How the profile panel words a typed store::Profile: the fields' names, their values
// (times in the city's zone, numbers in the reader's locale, enums and levels by their one
// name), the sections' titles and the line under a link.
class ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileText)

public:
    static QString label(const store::ProfileField &field);
    // Empty for a value with nothing to show (a field the masking policy hid).
    static QString value(const store::Value &value);
    static QString section(store::SectionId section);
    // The line under a link: its facts, and how it relates to the profile's record.
    static QString detail(const store::ProfileLink &link);
    // A moment as the office reads it: China Standard Time, where the city is, whatever
    // the machine's zone. Empty for none.
    static QString when(std::optional<qint64> t);
};

} // namespace yiping::ui
