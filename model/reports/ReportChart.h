#pragma once

#include "reports/ReportContent.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QSize>

class QPainter;

namespace icp {

// The chart of expiries and deadlines per month (docs/portfolio.md "Reports"): one stacked
// bar per month, expiries solid and the other deadlines hatched (never colour alone,
// docs/architecture.md), each bar with its total, months in the locale with the years under
// their months, and a legend in words.
void drawDeadlineChart(QPainter& painter, const QRectF& rect, const QList<ReportMonth>& months,
                       const QLocale& locale, const QFont& font);
// The same chart on a white image of `size` pixels (what the report's QTextDocument shows).
QImage deadlineChartImage(const QList<ReportMonth>& months, const QLocale& locale, const QFont& font,
                          QSize size);

} // namespace icp
