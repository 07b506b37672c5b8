#pragma once

#include "core/Result.h"
#include "obligations/Obligation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace icp {

// How a lapse (a domain or an access contract left to expire) was closed: it is never closed by
// silence (docs/obligations.md "Marking done").
enum class LapseDecision {
    None,         // not a lapse
    Renewed,      // renewed after all
    CancelFiling, // the filing is to be cancelled (注销)
};

QString toKey(LapseDecision decision); // "", "renewed", "cancel-filing"
std::optional<LapseDecision> lapseDecisionFromKey(const QString& key);

// An obligation marked done (schema obligation_completions, docs/obligations.md): when it was
// done — the effective date, which is not the day it was recorded or its evidence uploaded —
// with a note and optionally the evidence, kept in the document store (DocumentStore) by its
// SHA-256. One per obligation id; marking it again replaces it (through the change log).
struct ObligationCompletion
{
    QString obligationId;
    QDate doneOn; // the Beijing day it was done
    QString note;
    QString evidenceSha256;   // lower-case hex, empty without evidence
    QString evidenceFileName; // the file's name when it was added
    LapseDecision decision = LapseDecision::None;
    QString actor;
    QDateTime recordedAt; // UTC

    // The fields the change log compares (recordedAt moves with every save and is left out).
    QJsonObject toJson() const;
    bool operator==(const ObligationCompletion&) const = default;
};

// Whether `completion` may close `obligation`: a date, not after `today`; a decision for a
// lapse and none for anything else ("obligations.no-date", "obligations.future-date",
// "obligations.decision-needed", "obligations.decision-not-allowed"). Translated messages.
Status checkCompletion(const Obligation& obligation, const ObligationCompletion& completion, QDate today);

} // namespace icp
