#include "obligations/ObligationCompletion.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace icp {

QString toKey(LapseDecision decision)
{
    switch (decision) {
    case LapseDecision::None:
        return {};
    case LapseDecision::Renewed:
        return u"renewed"_s;
    case LapseDecision::CancelFiling:
        return u"cancel-filing"_s;
    }
    return {};
}

std::optional<LapseDecision> lapseDecisionFromKey(const QString& key)
{
    for (const LapseDecision d : {LapseDecision::None, LapseDecision::Renewed, LapseDecision::CancelFiling}) {
        if (toKey(d) == key)
            return d;
    }
    return std::nullopt;
}

QJsonObject ObligationCompletion::toJson() const
{
    return QJsonObject{
        {"obligationId"_L1, obligationId},
        {"doneOn"_L1, doneOn.toString(Qt::ISODate)},
        {"note"_L1, note},
        {"evidenceSha256"_L1, evidenceSha256},
        {"evidenceFileName"_L1, evidenceFileName},
        {"decision"_L1, toKey(decision)},
        {"actor"_L1, actor},
    };
}

Status checkCompletion(const Obligation& obligation, const ObligationCompletion& completion, QDate today)
{
    if (!completion.doneOn.isValid())
        return Error{u"obligations.no-date"_s,
                     QCoreApplication::translate("Obligations", "Say on which day the obligation was done."),
                     u"doneOn"_s};
    if (today.isValid() && completion.doneOn > today)
        return Error{u"obligations.future-date"_s,
                     QCoreApplication::translate("Obligations",
                                                 "%1 is in the future: an obligation is marked done "
                                                 "on the day it was done.")
                         .arg(completion.doneOn.toString(Qt::ISODate)),
                     u"doneOn"_s};
    if (isLapse(obligation.kind) && completion.decision == LapseDecision::None)
        return Error{u"obligations.decision-needed"_s,
                     QCoreApplication::translate(
                         "Obligations", "%1 is a lapse: say whether it was renewed or the filing is to "
                                        "be cancelled (renewed or cancel-filing).")
                         .arg(obligation.title),
                     u"decision"_s};
    if (!isLapse(obligation.kind) && completion.decision != LapseDecision::None)
        return Error{u"obligations.decision-not-allowed"_s,
                     QCoreApplication::translate(
                         "Obligations", "%1 is not a lapse: it takes no decision, only the day it was "
                                        "done.")
                         .arg(obligation.title),
                     u"decision"_s};
    return success();
}

} // namespace icp
