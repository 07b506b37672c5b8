#include "RuleRows.h"

using namespace icp;
using fixture::Base;
using fixture::moveTo;

// Deadlines in Beijing time and working days from the State Council's calendar
// (docs/regulations.md §11). Rows evaluate on fixture::asOf(), 2026-06-01, i.e. from
// 00:00 Beijing time (2026-05-31 16:00 UTC) for the SMS window.
namespace rows {

namespace {

// The application entered `status` at `utc` (an ISO instant such as 2026-05-30T23:30:00Z).
void enterAt(Application& a, ApplicationStatus status, const char* utc)
{
    a.status = status;
    a.history.append(StatusChange{status, QDateTime::fromString(QLatin1StringView(utc), Qt::ISODate), {}});
    a.updatedAt = a.history.constLast().at;
}

void verifyAndSubmit(Application& a, QDate verified, QDate submission)
{
    a.websites[0].domains[0].realNameVerifiedOn = verified;
    a.plannedSubmission = submission;
}

} // namespace

void addCalendarCorrectionRows()
{
    const Base O = Base::Organisation;
    // DOM-007 (R25): three working days between real-name verification and submission
    add("DOM-007 verified the day before National Day and submitted on 2026-10-08 is a warning", O, "DOM-007",
        true, MUT verifyAndSubmit(a, QDate(2026, 9, 30), QDate(2026, 10, 8));
        END, Severity::Warning);
    add("DOM-007 the make-up Sunday 2026-09-20 counts: verified Friday, submitted Tuesday passes", O,
        "DOM-007", false, MUT verifyAndSubmit(a, QDate(2026, 9, 18), QDate(2026, 9, 22));
        END);
    add("DOM-007 verified before National Day and submitted after the make-up Saturday passes", O, "DOM-007",
        false, MUT verifyAndSubmit(a, QDate(2026, 9, 30), QDate(2026, 10, 10));
        END);
    add("DOM-007 in a year without holiday table counts weekdays", O, "DOM-007", false,
        MUT verifyAndSubmit(a, QDate(2099, 9, 30), QDate(2099, 10, 5));
        END);
    // ORD-005 (R32): the 24-hour window compared instant to instant
    add("ORD-005 SMS due at 07:30 Beijing time on the as-of day is still open", O, "ORD-005", true,
        MUT enterAt(a, ApplicationStatus::SmsPending, "2026-05-30T23:30:00Z");
        END, Severity::Info);
    add("ORD-005 SMS due at 23:30 Beijing time the day before has passed", O, "ORD-005", true,
        MUT enterAt(a, ApplicationStatus::SmsPending, "2026-05-30T15:30:00Z");
        END, Severity::Warning);
    // ORD-006 (R33): review SLA in working days, Labour Day (2026-05-01…05) skipped, 2026-05-09 counted
    add("ORD-006 Beijing review since 2026-04-30 is within 20 working days over Labour Day", O, "ORD-006",
        false, MUT moveTo(a, 11);
        enterAt(a, ApplicationStatus::AuthorityReview, "2026-04-30T02:00:00Z"); END);
    add("ORD-006 Beijing review since 2026-04-29 exceeds 20 working days", O, "ORD-006", true,
        MUT moveTo(a, 11);
        enterAt(a, ApplicationStatus::AuthorityReview, "2026-04-29T02:00:00Z"); END, Severity::Warning);
    // ORD-007 (R34) and ORD-008 (R36): days counted from the Beijing day of the event
    add("ORD-007 returned at 01:00 Beijing time on 2026-04-17 has waited 45 days, not expired", O, "ORD-007",
        true, MUT enterAt(a, ApplicationStatus::Returned, "2026-04-16T17:00:00Z");
        END, Severity::Info);
    add("ORD-008 granted at 01:00 Beijing time on 2026-05-02 is due on 2026-06-01, not late", O, "ORD-008",
        true, MUT enterAt(a, ApplicationStatus::Granted, "2026-05-01T17:00:00Z");
        END, Severity::Info);
}

} // namespace rows
