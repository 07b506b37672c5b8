#include "StatusMapping.h"

using namespace Qt::StringLiterals;

namespace icp::sync {

std::optional<ApplicationStatus> statusFromWire(const QString& status, const QString& cause)
{
    if (status == "draft"_L1)
        return ApplicationStatus::Draft;
    if (status == "queued"_L1 || status == "received"_L1)
        return ApplicationStatus::Queued;
    if (status == "provider_review"_L1)
        return ApplicationStatus::ProviderReview;
    if (status == "identity_check"_L1)
        return ApplicationStatus::IdentityCheck;
    if (status == "queued_for_authority"_L1)
        return ApplicationStatus::QueuedForAuthority;
    if (status == "sms_pending"_L1)
        return ApplicationStatus::SmsPending;
    if (status == "authority_review"_L1)
        return ApplicationStatus::AuthorityReview;
    if (status == "authority_rejected"_L1)
        return ApplicationStatus::AuthorityRejected;
    if (status == "returned"_L1)
        return cause == "sms_timeout"_L1 ? ApplicationStatus::Returned : ApplicationStatus::ProviderRejected;
    if (status == "granted"_L1)
        return ApplicationStatus::Granted;
    if (status == "withdrawn"_L1 || status == "cancelled"_L1)
        return ApplicationStatus::Withdrawn;
    if (status == "expired_order"_L1)
        return ApplicationStatus::Expired;
    return std::nullopt;
}

} // namespace icp::sync
