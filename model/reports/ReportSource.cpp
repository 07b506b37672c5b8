#include "reports/ReportSource.h"

#include "obligations/ObligationSource.h"
#include "store/LicenceRepository.h"

namespace icp {

Result<PortfolioReport> loadPortfolioReport(Database& db, const QDateTime& now, const QLocale& locale)
{
    Result<QList<Licence>> licences = LicenceRepository(db).list();
    if (!licences)
        return licences.error();
    Result<QList<Obligation>> obligations = loadObligations(db, now);
    if (!obligations)
        return obligations.error();
    return buildPortfolioReport(licences.value(), std::move(obligations).value(), now, locale);
}

} // namespace icp
