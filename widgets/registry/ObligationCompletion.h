#pragma once

#include "obligations/Obligation.h"

#include <QDate>
#include <QString>

namespace icp {

// How a lapse (a domain or a hosting contract left to expire) is closed: never by silence
// (issue 11 item 3) — the manager says whether it was renewed or the filing is to be
// cancelled (注销).
enum class LapseDecision { None, Renewed, CancelFiling };

// What the manager says when marking an obligation done (MarkDoneDialog). The obligations
// engine stores it in the change log; the evidence file goes to the document store with
// `doneOn` as its effective date (which is not the upload date).
struct ObligationCompletion
{
    QString obligationId;
    ObligationKind kind = ObligationKind::LicenceRenewal;
    QDate doneOn; // a Beijing calendar day
    QString note;
    QString evidencePath; // a file picked from disk; empty when none
    LapseDecision decision = LapseDecision::None;
    QDate renewedUntil; // the new expiry, for LapseDecision::Renewed

    bool operator==(const ObligationCompletion&) const = default;
};

// Obligations that end in a lapse and so need a decision to be closed: a domain's expiry
// (and the hosting contract's, once the engine has a kind for it).
bool isLapse(ObligationKind kind);
QString toKey(LapseDecision decision); // "none", "renewed", "cancel-filing"

} // namespace icp
