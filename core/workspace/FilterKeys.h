#pragma once

#include <QString>

// The names of the workspace's shared filters (WorkspaceContext::setFilter): one place, so
// that the map, the dashboards and the trajectory view filter by the same keys. Values are
// the contract's codes, never translated text.
namespace yiping::workspace::filterkey {

inline const QString personCategory = QStringLiteral("person.category"); // "drug_user", …
inline const QString personRisk = QStringLiteral("person.risk");         // "1" … "4"
inline const QString personStatus = QStringLiteral("person.status");     // "managed", …
inline const QString alertLevel = QStringLiteral("alert.level");   // "red", "orange", …
inline const QString alertRule = QStringLiteral("alert.rule");     // "gathering", …
inline const QString alertStatus = QStringLiteral("alert.status"); // "open", "acknowledged", …
inline const QString alertRegion = QStringLiteral("alert.region"); // a region's id

} // namespace yiping::workspace::filterkey
