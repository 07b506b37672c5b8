#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl [--db PATH] obligations [--as-of DATE] [--within DAYS] [--format table|csv|json] [--json]
//                                [--owner NAME] [--kind KIND] [--fail-if-overdue]
// icpctl [--db PATH] obligations done ID --on DATE [--note TEXT] [--evidence FILE]
//                                [--decision renewed|cancel-filing]
// (docs/obligations.md, README.md "icpctl")
int runObligations(const CliContext& context);

} // namespace icp::cli
