#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl [--db PATH] remind [--as-of DATE] [--dry-run] [--quiet]
// The reminders newly due (docs/reminders.md): desktop notifications and a summary for mail.
int runRemind(const CliContext& context);

} // namespace icp::cli
