#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl inspect FILE... [--json] [--kind KIND] [--provider NAME] [--no-ocr]
//                        [--as-of YYYY-MM-DD] [--dossier FILE [--subject ID]]
int runInspect(const CliContext& context);

} // namespace icp::cli
