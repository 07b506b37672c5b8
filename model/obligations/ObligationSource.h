#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"
#include "obligations/ObligationLadder.h"

#include <QDateTime>
#include <QList>

namespace icp {

class Database;

enum class DoneObligations {
    Dropped, // the lists a person reads: what is still to do
    Kept,    // everything derived, e.g. to find the obligation an id names before marking it done
};

// Every obligation of what the database holds on `now`: its active records and its open
// applications (drafts owe nothing), through ObligationEngine, sorted by due date. Obligations
// marked done (ObligationCompletionRepository) are dropped from the list unless `done` says to
// keep them (docs/obligations.md "Marking done").
Result<QList<Obligation>> loadObligations(Database& db, const QDateTime& now,
                                          const ObligationLadders& ladders = ObligationLadders::current(),
                                          DoneObligations done = DoneObligations::Dropped);

} // namespace icp
