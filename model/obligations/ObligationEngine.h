#pragma once

#include "core/WorkingDayCalendar.h"
#include "domain/Application.h"
#include "domain/Licence.h"
#include "obligations/Obligation.h"
#include "obligations/ObligationLadder.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace icp {

// Derives the dated obligations from what the program holds today: the active records of the
// registry (licences and filings) and the open applications (docs/obligations.md, which lists
// every kind with its rule). The one place these dates are computed: the Granted page, icpctl
// obligations, the dashboard and the calendar export all ask it. Days are Beijing days
// (docs/regulations.md §11); the licence dates are the Licence's own (renewalDueOn,
// annualReportDueOn), the application ones rules/Deadlines.h's, so that a rule's finding and
// an obligation never disagree.
//
// Done obligations are not the engine's business: it derives everything, and the loader
// (ObligationSource.h) drops the ones marked done (withoutDone()).
class ObligationEngine
{
public:
    explicit ObligationEngine(const QDateTime& now, ObligationLadders ladders = ObligationLadders::defaults(),
                              const WorkingDayCalendar& calendar = WorkingDayCalendar::standard());

    QDate asOf() const { return m_asOf; } // the Beijing day of `now`
    const ObligationLadders& ladders() const { return m_ladders; }

    // Everything, without duplicates (the same id derived from a record and from the
    // application it came from is listed once, the record's), sorted by due date.
    QList<Obligation> derive(const QList<Licence>& licences, const QList<Application>& applications) const;
    // An active record's obligations (none for a cancelled, revoked or expired one); the owner
    // is the record's, else `fallbackOwner`.
    QList<Obligation> ofLicence(const Licence& licence, const QString& fallbackOwner = {}) const;
    QList<Obligation> ofApplication(const Application& app) const;
    // One granted application with its licence: the record when `licences` has it, else the one
    // the grant implies (issued on the grant, valid for 5 years), and its public-security filing
    // also after ORD-008's reminder window. Sorted by due date.
    QList<Obligation> ofGrantedApplication(const Application& app, const QList<Licence>& licences) const;

private:
    // ORD-008 asks about the public-security filing for 180 days after the grant; the Granted
    // page of that application shows it whenever it is opened.
    enum class PsbWindow { Applied, Ignored };
    QList<Obligation> ofApplication(const Application& app, PsbWindow window) const;
    Obligation make(ObligationKind kind, const QString& subject, const QString& entity, QDate due) const;
    // State, stage, dueSoonFrom and missedWhenLate from the due date and the kind's ladder.
    void settle(Obligation& o) const;

    QDateTime m_now;
    QDate m_asOf;
    ObligationLadders m_ladders;
    const WorkingDayCalendar& m_calendar;
};

// Due date, then kind, then subject: the order every list shows.
void sortObligations(QList<Obligation>& obligations);
// The obligations whose id is not in `done` (docs/obligations.md "Marking done").
QList<Obligation> withoutDone(const QList<Obligation>& obligations, const QSet<QString>& done);

} // namespace icp
