#pragma once

#include "core/WorkingDayCalendar.h"
#include "domain/Application.h"
#include "domain/Licence.h"
#include "obligations/Obligation.h"

#include <QDateTime>
#include <QList>

namespace icp {

// Derives the dated obligations from what the program holds today: the granted licences and
// filings, and the applications (docs/obligations.md). The dates are the rules' own
// (Licence::renewalDueOn / annualReportDueOn, rules/Deadlines.h), in Beijing time.
class ObligationEngine
{
public:
    explicit ObligationEngine(const QDateTime& now,
                              const WorkingDayCalendar& calendar = WorkingDayCalendar::standard());

    QDate asOf() const { return m_asOf; } // the Beijing day of `now`

    // Everything, sorted by due date.
    QList<Obligation> derive(const QList<Licence>& licences, const QList<Application>& applications) const;
    QList<Obligation> ofLicence(const Licence& licence, const QString& owner = {}) const;
    QList<Obligation> ofApplication(const Application& app) const;
    // One granted application with its licence: the record when `licences` has it, else the one
    // the grant implies (issued on the grant, valid for 5 years). Sorted by due date.
    QList<Obligation> ofGrantedApplication(const Application& app, const QList<Licence>& licences) const;

private:
    Obligation make(ObligationKind kind, const QString& subject, const QString& entity, QDate due) const;
    void settle(Obligation& o) const;

    QDateTime m_now;
    QDate m_asOf;
    const WorkingDayCalendar& m_calendar;
};

// Due date, then kind, then subject: the order every list shows.
void sortObligations(QList<Obligation>& obligations);

} // namespace icp
