#pragma once

// An invented portfolio for the report tests (no real companies or persons): registry records
// of a few entities with websites and domains, and obligations made by hand so that the
// report's counts do not depend on the obligations engine.
#include "domain/Licence.h"
#include "obligations/Obligation.h"

#include <QDateTime>
#include <QList>

namespace icp::test {

// 2026-12-03 09:00 in Beijing: the day the fixtures are reported on.
QDateTime reportNow();

Licence reportLicence(const QString& id, ApplicationKind kind, const QString& number, const QString& entity,
                      LicenceStatus status = LicenceStatus::Active, QDate expiresOn = {});
Obligation reportObligation(ObligationKind kind, const QString& subject, const QString& entity, QDate due,
                            ObligationState state = ObligationState::Upcoming);

// `entities` entities of `recordsEach` records each (one filing, then licences), every
// record with two websites and their domains, and `obligationsEach` obligations per record
// spread over the next three years: a portfolio that takes several pages.
struct ReportPortfolio
{
    QList<Licence> licences;
    QList<Obligation> obligations;
};
ReportPortfolio bigPortfolio(int entities, int recordsEach, int obligationsEach);

} // namespace icp::test
