#pragma once

#include "obligations/ObligationCompletion.h"

#include <QDate>
#include <QString>

namespace icp {

// What the manager says when marking an obligation done (MarkDoneDialog); LapseDecision and
// isLapse are the engine's (model/obligations). The caller turns it into an ObligationCompletion
// and stores it in the change log; the evidence file goes to the document store with
// `doneOn` as its effective date (which is not the upload date).
struct MarkDoneChoice
{
    QString obligationId;
    ObligationKind kind = ObligationKind::LicenceRenewal;
    QDate doneOn; // a Beijing calendar day
    QString note;
    QString evidencePath; // a file picked from disk; empty when none
    LapseDecision decision = LapseDecision::None;
    QDate renewedUntil; // the new expiry, for LapseDecision::Renewed

    bool operator==(const MarkDoneChoice&) const = default;
};

} // namespace icp
