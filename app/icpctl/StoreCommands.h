#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl [--db PATH] import DOSSIER.json...
int runImport(const CliContext& context);
// icpctl [--db PATH] export ID [-o FILE]
int runExport(const CliContext& context);
// icpctl [--db PATH] list [--json]
int runList(const CliContext& context);

} // namespace icp::cli
