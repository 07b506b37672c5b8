#pragma once

#include "core/Result.h"
#include "reports/ReportContent.h"

#include <QDateTime>
#include <QLocale>

namespace icp {

class Database;

// The report of everything `db` holds on `now`: its registry records (LicenceRepository)
// and their obligations (loadObligations). Call it on the thread that owns `db`: a worker
// opens its own Database (Database::opener()).
Result<PortfolioReport> loadPortfolioReport(Database& db, const QDateTime& now, const QLocale& locale);

} // namespace icp
