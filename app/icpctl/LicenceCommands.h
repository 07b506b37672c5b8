#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl [--db PATH] licences import FILE.csv [--json]
//                    licences list [--json]
//                    licences export FILE.csv [--headers en|zh]
// The portfolio registry (docs/portfolio.md "Registry and import").
int runLicences(const CliContext& context);

} // namespace icp::cli
