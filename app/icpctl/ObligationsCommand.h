#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl [--db PATH] obligations [--as-of DATE] [--within DAYS] [--format table|csv|json] [--json]
//                                [--fail-if-overdue]
int runObligations(const CliContext& context);

} // namespace icp::cli
