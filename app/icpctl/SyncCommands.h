#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl [--db PATH] submit ID [--as-of YYYY-MM-DD]: runs the rules; exit 1 on a
// blocking finding, else queues the submission in the outbox.
int runSubmit(const CliContext& context);
// icpctl [--db PATH] sync [--backend URL] [--token-env VAR]: pushes the outbox and pulls
// the change feed once; prints a summary; exit 1 when anything failed or is still waiting.
int runSync(const CliContext& context);
// icpctl [--db PATH] status ID [--json]: current state, history, numbers, outbox rows.
int runStatus(const CliContext& context);

} // namespace icp::cli
