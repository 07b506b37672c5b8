#include "obligations/ObligationEngine.h"

#include "core/BeijingTime.h"
#include "obligations/ObligationLadder.h"
#include "rules/Deadlines.h"
#include "rules/ProvinceRules.h"
#include "rules/RuleContext.h"
#include "rules/RuleTables.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace icp {

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString principalOf(const Application& app)
{
    const Person* p = app.personWithRole(PersonRole::EntityPrincipal);
    return p ? p->name.trimmed() : QString();
}

// The application's own number when it has one, else its id.
QString subjectOf(const Application& app)
{
    return app.entity.filingNumber.isEmpty() ? app.id : app.entity.filingNumber;
}

// Applications still in the authority's or the provider's hands: their people's documents matter.
bool holdsOrSeeks(ApplicationStatus status)
{
    return status != ApplicationStatus::Draft && status != ApplicationStatus::Withdrawn &&
           status != ApplicationStatus::Expired && status != ApplicationStatus::AuthorityRejected;
}

} // namespace

ObligationEngine::ObligationEngine(const QDateTime& now, const WorkingDayCalendar& calendar)
    : m_now(now)
    , m_asOf(beijing::dateOf(now))
    , m_calendar(calendar)
{}

Obligation ObligationEngine::make(ObligationKind kind, const QString& subject, const QString& entity,
                                  QDate due) const
{
    Obligation o;
    o.kind = kind;
    o.subject = subject;
    o.entityName = entity;
    o.dueOn = due;
    o.id = Obligation::makeId(kind, subject, due);
    return o;
}

// Past its date an obligation is overdue, or missed where it can no longer be done; before it,
// due soon once its ladder's first stage is reached.
void ObligationEngine::settle(Obligation& o) const
{
    const bool late = o.dueAt.isValid() ? m_now > o.dueAt : m_asOf > o.dueOn;
    o.stage = ObligationLadder::forKind(o.kind).stageReached(o.dueDate(), m_asOf);
    if (late) {
        const bool cannotBeDone =
            o.kind == ObligationKind::LicenceRenewal || o.kind == ObligationKind::SmsVerification;
        o.state = cannotBeDone ? ObligationState::Missed : ObligationState::Overdue;
    } else {
        o.state = o.stage >= 0 ? ObligationState::DueSoon : ObligationState::Upcoming;
    }
}

QList<Obligation> ObligationEngine::ofLicence(const Licence& licence, const QString& owner) const
{
    QList<Obligation> result;
    if (licence.kind != ApplicationKind::Licence)
        return result; // filings do not expire and owe no annual report (docs/regulations.md §1.4)
    const QString number = licence.number.trimmed();
    const auto add = [&](Obligation o, const char* rule, const QString& title, const QString& note) {
        o.owner = owner;
        o.rule = QString::fromLatin1(rule);
        o.source = u"docs/regulations.md §1.3"_s;
        o.title = title;
        settle(o);
        o.note = note;
        result.append(o);
    };
    if (licence.expiresOn.isValid()) {
        // LIC-006: the licence ends; after that it is a new licence, not a renewal.
        Obligation expiry =
            make(ObligationKind::LicenceExpiry, number, licence.entityName, licence.expiresOn);
        add(expiry, "LIC-006", QCoreApplication::translate("Obligations", "Licence %1 expires").arg(number),
            m_asOf > licence.expiresOn
                ? QCoreApplication::translate(
                      "Obligations",
                      "The licence expired on %1. Operating without a valid licence is not allowed; apply "
                      "for a new licence.")
                      .arg(iso(licence.expiresOn))
                : QCoreApplication::translate("Obligations", "The licence is valid until %1.")
                      .arg(iso(licence.expiresOn)));
        // LIC-006: the renewal's last day; past it the right to renew is lost (R40, O42).
        const QDate due = licence.renewalDueOn();
        Obligation renewal = make(ObligationKind::LicenceRenewal, number, licence.entityName, due);
        if (m_asOf > due)
            add(renewal, "LIC-006",
                QCoreApplication::translate("Obligations", "Renewal of licence %1 missed").arg(number),
                QCoreApplication::translate(
                    "Obligations",
                    "Renewal no longer possible: it had to be applied for by %1, %2 days before the "
                    "expiry on %3. Apply for a new licence.")
                    .arg(iso(due))
                    .arg(due.daysTo(licence.expiresOn))
                    .arg(iso(licence.expiresOn)));
        else
            add(renewal, "LIC-006",
                QCoreApplication::translate("Obligations", "Apply to renew licence %1").arg(number),
                QCoreApplication::translate(
                    "Obligations",
                    "Apply by %1 (%2 days before the expiry on %3); a renewal applied for later is "
                    "refused.")
                    .arg(iso(due))
                    .arg(due.daysTo(licence.expiresOn))
                    .arg(iso(licence.expiresOn)));
    }
    // LIC-007: one report per operating year the licence was held on 31 December, up to the
    // one falling due next; filed ones are done (late or not: LIC-007 tells late ones).
    if (licence.issuedOn.isValid()) {
        for (int year = licence.issuedOn.year(); year <= m_asOf.year(); ++year) {
            const QDate due = licence.annualReportDueOn(year);
            if (!due.isValid())
                continue;
            const bool filed =
                std::any_of(licence.annualReports.cbegin(), licence.annualReports.cend(),
                            [year](const AnnualReport& r) { return r.year == year && r.filedOn.isValid(); });
            if (filed)
                continue;
            Obligation report = make(ObligationKind::AnnualReport, number, licence.entityName, due);
            add(report, "LIC-007",
                QCoreApplication::translate("Obligations", "Annual report %1 of licence %2")
                    .arg(year)
                    .arg(number),
                m_asOf > due ? QCoreApplication::translate(
                                   "Obligations",
                                   "It was due on %1 and is not recorded. Late reporters are put on the "
                                   "bad list; file it now.")
                                   .arg(iso(due))
                             : QCoreApplication::translate("Obligations", "File it between %1 and %2.")
                                   .arg(iso(QDate(due.year(), 1, 1)), iso(due)));
        }
    }
    return result;
}

QList<Obligation> ObligationEngine::ofApplication(const Application& app) const
{
    QList<Obligation> result;
    const QString entity = app.entity.name.trimmed();
    const QString owner = principalOf(app);
    const auto add = [&](Obligation o, const char* rule, const QString& source, const QString& title) {
        o.owner = owner;
        o.rule = QString::fromLatin1(rule);
        o.source = source;
        o.title = title;
        settle(o);
        result.append(o);
        return &result.last();
    };
    const OrderLimits& limits = RuleTables::instance().orderLimits();
    switch (app.status) {
    case ApplicationStatus::SmsPending: {
        // ORD-005: instant against instant, shown in Beijing time (R32, §11).
        const QDateTime deadline = deadlines::smsDeadline(app);
        if (!deadline.isValid())
            break;
        Obligation o = make(ObligationKind::SmsVerification, app.id, entity, beijing::dateOf(deadline));
        o.dueAt = deadline.toUTC();
        Obligation* sms = add(o, "ORD-005", u"docs/regulations.md R32, §11"_s,
                              QCoreApplication::translate("Obligations", "SMS verification"));
        sms->note =
            sms->state == ObligationState::Missed
                ? QCoreApplication::translate(
                      "Obligations", "The SMS verification deadline passed on %1 Beijing time; the order is "
                                     "returned to the provider and must be resubmitted.")
                      .arg(beijing::formatMinutes(deadline))
                : QCoreApplication::translate("Obligations",
                                              "Complete the MIIT SMS verification by %1 Beijing time.")
                      .arg(beijing::formatMinutes(deadline));
        break;
    }
    case ApplicationStatus::AuthorityReview: {
        // ORD-006: the review's working days, public holidays skipped (R33, §11).
        const QDate since = beijing::dateOf(deadlines::enteredAt(app, ApplicationStatus::AuthorityReview));
        if (!since.isValid())
            break;
        const int limit = ProvinceRules::forProvince(app.entity.provinceCode).caReviewWorkingDays;
        const QDate due = m_calendar.addWorkingDays(since, limit);
        Obligation* review = add(make(ObligationKind::AuthorityReview, subjectOf(app), entity, due),
                                 "ORD-006", u"docs/regulations.md R33, §11"_s,
                                 QCoreApplication::translate("Obligations", "Authority review"));
        // Overdue as ORD-006 counts it: more working days than the limit, not merely a later day.
        const bool overdue = m_calendar.workingDaysBetween(since, m_asOf) > limit;
        review->state =
            overdue ? ObligationState::Overdue
                    : (review->state == ObligationState::Overdue ? ObligationState::DueSoon : review->state);
        const QString note =
            overdue ? QCoreApplication::translate(
                          "Obligations",
                          "Reviewing since %1, more than %n working day(s): ask the provider to follow up "
                          "with the Communications Administration.",
                          nullptr, limit)
                          .arg(iso(since))
                    : QCoreApplication::translate(
                          "Obligations", "Reviewing since %1; %n working day(s) end on %2.", nullptr, limit)
                          .arg(iso(since), iso(due));
        review->note = rules::withCalendarCaveat(m_calendar, note, since, std::max(due, m_asOf));
        break;
    }
    case ApplicationStatus::Granted: {
        // ORD-008: per website, counted from the grant (the earliest launch); after the rule's
        // reminder window it is no longer asked about (R36, §11).
        const QDate granted = deadlines::grantedOn(app);
        const QDate due = deadlines::psbFilingDueOn(app);
        if (!due.isValid() || m_asOf > granted.addDays(limits.psbReminderWindowDays))
            break;
        for (const Website& site : app.websites) {
            const QString number = site.filingNumber.isEmpty() ? subjectOf(app) : site.filingNumber;
            Obligation* psb = add(make(ObligationKind::PsbFiling, number, entity, due), "ORD-008",
                                  u"docs/regulations.md R36"_s,
                                  QCoreApplication::translate("Obligations", "Public-security filing of %1")
                                      .arg(site.name.trimmed()));
            psb->note = QCoreApplication::translate(
                            "Obligations",
                            "File the website at beian.mps.gov.cn within %n day(s) of it going live "
                            "(granted on %1), then show its number in the footer too.",
                            nullptr, limits.psbDays)
                            .arg(iso(granted));
        }
        break;
    }
    default:
        break;
    }
    if (app.status == ApplicationStatus::Granted) {
        // A lapsed domain endangers the filing (docs/regulations.md §5).
        for (const Website& site : app.websites) {
            for (const Domain& d : site.domains) {
                if (!d.expiresOn.isValid())
                    continue;
                Obligation* o = add(
                    make(ObligationKind::DomainExpiry, d.name.trimmed(), entity, d.expiresOn), "",
                    u"docs/regulations.md §5"_s,
                    QCoreApplication::translate("Obligations", "Domain %1 expires").arg(d.name.trimmed()));
                o->note =
                    QCoreApplication::translate(
                        "Obligations", "Renew it with %1 before %2; a lapsed domain endangers the filing.")
                        .arg(d.registrar.isEmpty()
                                 ? QCoreApplication::translate("Obligations", "the registrar")
                                 : d.registrar,
                             iso(d.expiresOn));
            }
        }
    }
    if (holdsOrSeeks(app.status)) {
        // The people named must hold valid documents; a renewed one is a change of the filing.
        for (const Person& p : app.persons) {
            if (!p.documentExpiry.isValid())
                continue; // long-term (长期)
            Obligation* o = add(make(ObligationKind::IdExpiry, p.name.trimmed(), entity, p.documentExpiry),
                                "", u"docs/regulations.md §4"_s,
                                QCoreApplication::translate("Obligations", "ID document of %1 expires")
                                    .arg(p.name.trimmed()));
            o->note = QCoreApplication::translate(
                          "Obligations",
                          "Update the filing with the new document once it is issued (expires on %1).")
                          .arg(iso(p.documentExpiry));
        }
    }
    return result;
}

QList<Obligation> ObligationEngine::derive(const QList<Licence>& licences,
                                           const QList<Application>& applications) const
{
    QHash<QString, QString> owners; // application id → its principal
    QList<Obligation> result;
    for (const Application& app : applications) {
        owners.insert(app.id, principalOf(app));
        result.append(ofApplication(app));
    }
    for (const Licence& licence : licences)
        result.append(ofLicence(licence, owners.value(licence.applicationId)));
    sortObligations(result);
    return result;
}

QList<Obligation> ObligationEngine::ofGrantedApplication(const Application& app,
                                                         const QList<Licence>& licences) const
{
    QList<Obligation> result = ofApplication(app);
    if (app.kind == ApplicationKind::Licence) {
        Licence licence;
        for (const Licence& l : licences) {
            if (l.applicationId == app.id)
                licence = l;
        }
        const QDate granted = deadlines::grantedOn(app);
        if (!licence.issuedOn.isValid() && granted.isValid()) {
            licence.kind = ApplicationKind::Licence;
            licence.entityName = app.entity.name;
            licence.issuedOn = granted;
            licence.expiresOn = granted.addYears(RuleTables::instance().licenceLimits().validityYears);
        }
        result.append(ofLicence(licence, principalOf(app)));
    }
    sortObligations(result);
    return result;
}

void sortObligations(QList<Obligation>& obligations)
{
    std::stable_sort(obligations.begin(), obligations.end(), [](const Obligation& a, const Obligation& b) {
        const QDate da = a.dueDate();
        const QDate db = b.dueDate();
        if (da != db)
            return da < db;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.subject < b.subject;
    });
}

} // namespace icp
