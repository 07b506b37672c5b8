#pragma once

#include "CliContext.h"

namespace icp::cli {

// icpctl [--db PATH] report FILE.pdf [--as-of DATE] [--lang en|zh_CN]
// The portfolio report as a PDF (docs/portfolio.md "Reports"). Needs a QGuiApplication for
// its fonts: main() makes one (offscreen) for this command (needsGui()).
int runReport(const CliContext& context);

} // namespace icp::cli
