#include "reports/ReportsLogging.h"

Q_LOGGING_CATEGORY(lcReports, "icp.model.reports", QtInfoMsg)
