#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl validate id|uscc|mobile|email|domain|icp-number|licence-number VALUE... [--json]
int runValidate(const CliContext& context);

} // namespace icp::cli
