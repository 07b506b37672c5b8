#include "registry/ObligationCompletion.h"

using namespace Qt::StringLiterals;

namespace icp {

bool isLapse(ObligationKind kind)
{
    // docs/regulations.md §5: a lapsed domain endangers the filing; the licence's own expiry is
    // closed by a renewal or a new application, which the engine tracks as its own obligations.
    return kind == ObligationKind::DomainExpiry;
}

QString toKey(LapseDecision decision)
{
    switch (decision) {
    case LapseDecision::None:
        return u"none"_s;
    case LapseDecision::Renewed:
        return u"renewed"_s;
    case LapseDecision::CancelFiling:
        return u"cancel-filing"_s;
    }
    return {};
}

} // namespace icp
