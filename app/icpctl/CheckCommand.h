#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl check DOSSIER.json [--json] [--as-of YYYY-MM-DD]
int runCheck(const CliContext& context);
// icpctl rules [--json]
int runRules(const CliContext& context);

} // namespace icp::cli
