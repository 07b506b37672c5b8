#pragma once

#include "domain/Enums.h"

#include <QString>
#include <optional>

namespace icp::sync {

// Wire status keys (docs/api.md "Statuses", docs/api.md principle 7) to the model's
// ApplicationStatus. `cause` refines "returned": sms_timeout → Returned (the SMS window
// passed, docs/regulations.md §2.2); otherwise the provider's review refused it → ProviderRejected.
// "received" maps to Queued: the order is still in step 2, now at the backend.
std::optional<ApplicationStatus> statusFromWire(const QString& status, const QString& cause = {});

} // namespace icp::sync
