#pragma once

#include "core/Result.h"
#include "reports/ReportContent.h"

#include <QString>

class QPagedPaintDevice;

namespace icp {

class TaskControl;

// The portfolio report drawn (docs/portfolio.md "Reports") on the device's pages: title and
// summary, the chart of ReportChart.h, the obligations table, one section per entity. Each
// piece (a heading, a table row) is a small QTextDocument placed by the report's own page
// flow, so no table row is split between pages and table headers repeat. The title and the
// organisation's day head every page, "Page n of N" and the time it was made foot it. Text in
// DejaVu Sans with Noto Sans CJK SC for Chinese (docs/toolchain.md §5). Runs on any thread;
// `control` reports progress and cancels ("reports.cancelled").

QString reportTitle();
// The suggested file name: portfolio-report-2026-12-03.pdf.
QString reportFileName(const PortfolioReport& report);
// The text of page `page` of `pages` at the foot of every page (tests look for it).
QString reportPageText(int page, int pages);

// Draws the report on `device` (a QPdfWriter, a QPrinter) with its page layout as it is.
Status renderPortfolioReport(const PortfolioReport& report, QPagedPaintDevice& device,
                             const TaskControl* control = nullptr);
// Writes the report as an A4 PDF at `path`; nothing is left at `path` when it fails or is
// cancelled.
Status writePortfolioReportPdf(const PortfolioReport& report, const QString& path,
                               const TaskControl* control = nullptr);

} // namespace icp
