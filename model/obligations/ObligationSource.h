#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"

#include <QDateTime>
#include <QList>

namespace icp {

class Database;

// Every obligation of what the database holds on `now`: its licences and filings and its
// applications, through ObligationEngine, sorted by due date.
Result<QList<Obligation>> loadObligations(Database& db, const QDateTime& now);

} // namespace icp
