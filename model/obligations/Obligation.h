#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace icp {

enum class ObligationKind {
    LicenceExpiry,   // LIC-006: the licence ends (5 years)
    LicenceRenewal,  // LIC-006: apply ≥ 90 days before expiry
    AnnualReport,    // LIC-007: 1 January – 31 March for every licence held on 31 December
    PsbFiling,       // ORD-008: public-security filing within 30 days of launch
    DomainExpiry,    // a lapsed domain endangers the filing
    IdExpiry,        // a person's identity document expires
    SmsVerification, // ORD-005: 24 hours, an instant
    AuthorityReview, // ORD-006: past the review's working days
    LicenceChange,   // LIC-006 §1.3: apply for the change within 30 days of the business change
    HostingExpiry,   // the access contract ends: a lapse endangers the filing
};
// Pre-approval permits have no expiry date in the model (PreApproval), so there is no kind for
// their expiry yet (docs/obligations.md).

// A lapse (a domain or an access contract left to expire) is closed only by an explicit
// decision, never by a date alone (docs/obligations.md "Marking done").
bool isLapse(ObligationKind kind);
// Every kind, in the enum's order (for ladders, settings and filters).
QList<ObligationKind> allObligationKinds();
// The kind of a key ("licence-renewal"), nullopt when unknown.
std::optional<ObligationKind> obligationKindFromKey(const QString& key);

// Upcoming: dated, no stage of its ladder reached. DueSoon: a stage reached. Overdue: the
// date passed and it can still be done. Missed: the date passed and it can no longer be
// done (a renewal after the 90-day mark, an SMS window that closed).
enum class ObligationState { Upcoming, DueSoon, Overdue, Missed };

QString toKey(ObligationKind kind);   // "licence-renewal" …
QString toKey(ObligationState state); // "due-soon" …
QString displayName(ObligationKind kind);
QString displayName(ObligationState state);

// One dated thing someone has to do, derived from what the program holds today.
struct Obligation
{
    QString id; // stable: from kind + subject + due date (later reminders key on it)
    ObligationKind kind = ObligationKind::LicenceRenewal;
    QString subject; // the number, or the domain / person / application it is about
    QString entityName;
    QDate dueOn;     // a Beijing calendar day …
    QDateTime dueAt; // … or an instant (UTC) where the hour matters (the SMS deadline)
    ObligationState state = ObligationState::Upcoming;
    int stage = -1; // days of the ladder stage reached (ObligationLadder), −1 none
    QString owner;  // who answers for it, when known
    // Where it comes from, for the dashboard's filters (stored in the obligation index).
    QString recordId;     // the Licence id, or the Application id for an open application
    int provinceCode = 0; // the record's province (GB/T 2260), 0 when unknown
    QString provider;     // the access provider, when known
    // What the state is computed from, so the index can compute it in SQL on any day:
    // due soon from `dueSoonFrom` (the ladder's first stage), late after the due day,
    // and late means missed (no longer possible) rather than overdue when `missedWhenLate`.
    QDate dueSoonFrom;
    bool missedWhenLate = false;
    QString rule;   // "LIC-006" …
    QString source; // "docs/regulations.md §1.3" …
    QString title;  // translated
    QString note;   // translated: what to do, or why it can no longer be done

    // The Beijing day it falls due (dueOn, or the day of dueAt).
    QDate dueDate() const;
    bool isLate() const { return state == ObligationState::Overdue || state == ObligationState::Missed; }

    static QString makeId(ObligationKind kind, const QString& subject, const QDate& due);
};

} // namespace icp
