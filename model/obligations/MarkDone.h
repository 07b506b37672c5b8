#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"
#include "obligations/ObligationCompletion.h"

#include <QDate>
#include <QString>

namespace icp {

class Database;

// Marks `obligation` done (docs/obligations.md "Marking done"), the one way for `icpctl obligations
// done` and the dashboard: checks the mark (checkCompletion: a day not after `today`, a decision for
// a lapse), keeps the evidence file, when there is one, in the content-addressed document store
// (its row in obligation_completions is its reference there) and records the completion through
// the change log. The evidence's failure names the file; nothing is recorded then.
Status markObligationDone(Database& db, const Obligation& obligation, ObligationCompletion completion,
                          const QString& evidencePath, QDate today);

} // namespace icp
