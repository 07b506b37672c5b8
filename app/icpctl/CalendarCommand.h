#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl [--db PATH] calendar [--as-of DATE] [--owner NAME] [--kind KIND] [--output FILE]
// The obligations as an iCalendar file (docs/reminders.md).
int runCalendar(const CliContext& context);

} // namespace icp::cli
