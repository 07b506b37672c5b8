#include "obligations/ObligationEngine.h"

#include "core/BeijingTime.h"
#include "core/DataTable.h"
#include "rules/Deadlines.h"
#include "rules/ProvinceRules.h"
#include "rules/RuleContext.h"
#include "rules/RuleTables.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

// Every kind, its rule, its source and its states: docs/obligations.md.
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

// The first access provider named by the application's websites.
QString providerOf(const Application& app)
{
    for (const Website& site : app.websites) {
        for (const Access& a : site.access) {
            if (!a.provider.trimmed().isEmpty())
                return a.provider.trimmed();
        }
    }
    return {};
}

// Applications still in the authority's or the provider's hands, or granted: their people's
// documents and their domains matter. Drafts, withdrawn, expired and rejected ones owe nothing.
bool holdsOrSeeks(ApplicationStatus status)
{
    return status != ApplicationStatus::Draft && status != ApplicationStatus::Withdrawn &&
           status != ApplicationStatus::Expired && status != ApplicationStatus::AuthorityRejected;
}

// docs/regulations.md §1.3: a change is applied for within 30 days of the business change
// (table `licence-limits`, changeDays).
int changeDays()
{
    return DataTable::load(u"licence-limits"_s).header().value("changeDays"_L1).toInt(30);
}

// Past its date a renewal can no longer be applied for (docs/regulations.md §1.3, R40), an
// expired licence cannot be revived, and an SMS window that closed cannot be answered (R32).
bool missedWhenLate(ObligationKind kind)
{
    return kind == ObligationKind::LicenceRenewal || kind == ObligationKind::LicenceExpiry ||
           kind == ObligationKind::SmsVerification;
}

QString domainNote(const QString& registrar, QDate expiresOn, bool lapsed)
{
    const QString who = registrar.trimmed().isEmpty()
                            ? QCoreApplication::translate("Obligations", "the registrar")
                            : registrar.trimmed();
    return lapsed ? QCoreApplication::translate(
                        "Obligations",
                        "The domain expired on %1: the filing is at risk. Renew it with %2, or decide to "
                        "cancel (注销) the filing; mark it done with that decision.")
                        .arg(iso(expiresOn), who)
                  : QCoreApplication::translate(
                        "Obligations", "Renew it with %1 before %2; a lapsed domain endangers the filing.")
                        .arg(who, iso(expiresOn));
}

} // namespace

ObligationEngine::ObligationEngine(const QDateTime& now, ObligationLadders ladders,
                                   const WorkingDayCalendar& calendar)
    : m_now(now)
    , m_asOf(beijing::dateOf(now))
    , m_ladders(std::move(ladders))
    , m_calendar(calendar)
{}

Obligation ObligationEngine::make(ObligationKind kind, const QString& subject, const QString& entity,
                                  QDate due) const
{
    Obligation o;
    o.kind = kind;
    o.subject = subject.trimmed();
    o.entityName = entity.trimmed();
    o.dueOn = due;
    o.id = Obligation::makeId(kind, o.subject, due);
    o.missedWhenLate = missedWhenLate(kind);
    return o;
}

// Past its date an obligation is overdue, or missed where it can no longer be done; before it,
// due soon from its ladder's first stage (docs/obligations.md "States"). The state depends only
// on dueOn/dueAt, dueSoonFrom and missedWhenLate, so the dashboard's index can compute it in SQL.
void ObligationEngine::settle(Obligation& o) const
{
    const ObligationLadder ladder = m_ladders.forKind(o.kind);
    const QDate due = o.dueDate();
    o.dueSoonFrom = ladder.first() >= 0 ? due.addDays(-ladder.first()) : due;
    if (o.kind == ObligationKind::AnnualReport)
        o.dueSoonFrom = std::max(o.dueSoonFrom, QDate(due.year(), 1, 1));     // the window opens on 1 January
    o.stage = m_asOf < o.dueSoonFrom ? -1 : ladder.stageReached(due, m_asOf); // no reminder before 1 January
    const bool late = o.dueAt.isValid() ? m_now > o.dueAt : m_asOf > o.dueOn;
    if (late)
        o.state = o.missedWhenLate ? ObligationState::Missed : ObligationState::Overdue;
    else
        o.state = m_asOf >= o.dueSoonFrom ? ObligationState::DueSoon : ObligationState::Upcoming;
}

QList<Obligation> ObligationEngine::ofLicence(const Licence& licence, const QString& fallbackOwner) const
{
    QList<Obligation> result;
    if (licence.status != LicenceStatus::Active)
        return result; // a cancelled, revoked or expired record owes nothing
    const QString number = licence.number.trimmed();
    const QString owner = licence.owner.trimmed().isEmpty() ? fallbackOwner : licence.owner.trimmed();
    const auto add = [&](Obligation o, const char* rule, const QString& source, const QString& title) {
        o.owner = owner;
        o.recordId = licence.id.isEmpty() ? licence.applicationId : licence.id;
        o.provinceCode = licence.provinceCode;
        o.provider = licence.accessProvider.trimmed();
        o.rule = QString::fromLatin1(rule);
        o.source = source;
        o.title = title;
        settle(o);
        result.append(o);
        return &result.last();
    };

    if (licence.kind == ApplicationKind::Licence && licence.expiresOn.isValid()) {
        // LIC-009/LIC-006: the licence ends after 5 years; after that it is a new licence.
        Obligation* expiry =
            add(make(ObligationKind::LicenceExpiry, number, licence.entityName, licence.expiresOn), "LIC-006",
                u"docs/regulations.md §1.3"_s,
                QCoreApplication::translate("Obligations", "Licence %1 expires").arg(number));
        expiry->note =
            expiry->isLate()
                ? QCoreApplication::translate(
                      "Obligations", "The licence expired on %1. Operating without a valid licence is "
                                     "not allowed; apply for a new licence.")
                      .arg(iso(licence.expiresOn))
                : QCoreApplication::translate("Obligations", "The licence is valid until %1.")
                      .arg(iso(licence.expiresOn));
        // LIC-006: the renewal's last day; past it the right to renew is lost (R40): missed, never
        // "apply now".
        const QDate due = licence.renewalDueOn();
        Obligation* renewal =
            add(make(ObligationKind::LicenceRenewal, number, licence.entityName, due), "LIC-006",
                u"docs/regulations.md §1.3, R40"_s,
                QCoreApplication::translate("Obligations", "Apply to renew licence %1").arg(number));
        if (renewal->isLate()) {
            renewal->title =
                QCoreApplication::translate("Obligations", "Renewal of licence %1 missed").arg(number);
            renewal->note = QCoreApplication::translate(
                                "Obligations",
                                "Renewal no longer possible, apply for a new licence: the renewal had to be "
                                "applied for by %1, %2 days before the expiry on %3.")
                                .arg(iso(due))
                                .arg(due.daysTo(licence.expiresOn))
                                .arg(iso(licence.expiresOn));
        } else {
            renewal->note =
                QCoreApplication::translate(
                    "Obligations",
                    "Apply by %1 (%2 days before the expiry on %3); a renewal applied for later is "
                    "refused.")
                    .arg(iso(due))
                    .arg(due.daysTo(licence.expiresOn))
                    .arg(iso(licence.expiresOn));
        }
    }

    // LIC-007: one report per year the licence was held on 31 December, 1 January – 31 March
    // of the next year; one recorded as filed on the record is done, late ones are overdue and
    // can still be filed (R40). Only the report due this year and the next one: older missing
    // reports are LIC-007's findings on the record, not a list of tasks (docs/obligations.md).
    if (licence.kind == ApplicationKind::Licence && licence.issuedOn.isValid()) {
        for (int year = std::max(licence.issuedOn.year(), m_asOf.year() - 1); year <= m_asOf.year(); ++year) {
            const QDate due = licence.annualReportDueOn(year);
            if (!due.isValid())
                continue; // not held on 31 December of that year
            const bool filed =
                std::any_of(licence.annualReports.cbegin(), licence.annualReports.cend(),
                            [year](const AnnualReport& r) { return r.year == year && r.filedOn.isValid(); });
            if (filed)
                continue;
            Obligation* report =
                add(make(ObligationKind::AnnualReport, number, licence.entityName, due), "LIC-007",
                    u"docs/regulations.md §1.3, R40"_s,
                    QCoreApplication::translate("Obligations", "Annual report %1 of licence %2")
                        .arg(year)
                        .arg(number));
            report->note = report->isLate()
                               ? QCoreApplication::translate(
                                     "Obligations",
                                     "It was due on %1 and is late; it can still be filed late, do it now: "
                                     "non-reporters are put on the bad list.")
                                     .arg(iso(due))
                               : QCoreApplication::translate("Obligations", "File it between %1 and %2.")
                                     .arg(iso(QDate(due.year(), 1, 1)), iso(due));
        }
    }

    // docs/regulations.md §1.3: a licence change within 30 days of the business-registration
    // change. Filings change 30 days *before* the change (§1.4, ORD-009), a date the registry
    // does not hold: not derived.
    if (licence.kind == ApplicationKind::Licence && licence.businessChangedOn.isValid()) {
        const QDate due = licence.businessChangedOn.addDays(changeDays());
        Obligation* change =
            add(make(ObligationKind::LicenceChange, number, licence.entityName, due), "LIC-006",
                u"docs/regulations.md §1.3"_s,
                QCoreApplication::translate("Obligations", "Apply to change licence %1").arg(number));
        change->note =
            QCoreApplication::translate(
                "Obligations", "The business registration changed on %1: apply for the licence change by %2.")
                .arg(iso(licence.businessChangedOn), iso(due));
    }

    const int psbDays = RuleTables::instance().orderLimits().psbDays;
    for (const RegisteredWebsite& site : licence.websites) {
        // ORD-008: the public-security filing within 30 days of launch, until its number is known (R36).
        if (site.launchedOn.isValid() && site.psbNumber.trimmed().isEmpty()) {
            const QString subject = !site.number.trimmed().isEmpty() ? site.number
                                    : !site.name.trimmed().isEmpty() ? site.name
                                                                     : number;
            const QDate due = site.launchedOn.addDays(psbDays);
            Obligation* psb = add(make(ObligationKind::PsbFiling, subject, licence.entityName, due),
                                  "ORD-008", u"docs/regulations.md §2.6, R36"_s,
                                  QCoreApplication::translate("Obligations", "Public-security filing of %1")
                                      .arg(site.name.trimmed().isEmpty() ? subject : site.name.trimmed()));
            psb->note =
                QCoreApplication::translate(
                    "Obligations",
                    "File the website at beian.mps.gov.cn within %n day(s) of it going live (launched on "
                    "%1), then record its number and show it in the footer.",
                    nullptr, psbDays)
                    .arg(iso(site.launchedOn));
        }
        // A lapsed domain endangers the filing (docs/regulations.md §5).
        for (const RegisteredDomain& d : site.domains) {
            if (!d.expiresOn.isValid() || d.name.trimmed().isEmpty())
                continue;
            Obligation* o =
                add(make(ObligationKind::DomainExpiry, d.name, licence.entityName, d.expiresOn), "",
                    u"docs/regulations.md §5.2"_s,
                    QCoreApplication::translate("Obligations", "Domain %1 expires").arg(d.name.trimmed()));
            o->note = domainNote(d.registrar, d.expiresOn, o->isLate());
        }
    }

    // The access contract: a filing needs a provider that keeps it accessed (docs/regulations.md
    // §1.4, §2.4).
    if (licence.hostingExpiresOn.isValid()) {
        Obligation* o =
            add(make(ObligationKind::HostingExpiry, number, licence.entityName, licence.hostingExpiresOn), "",
                u"docs/regulations.md §1.4, §2.4"_s,
                QCoreApplication::translate("Obligations", "Hosting of %1 expires").arg(number));
        const QString provider = licence.accessProvider.trimmed().isEmpty()
                                     ? QCoreApplication::translate("Obligations", "the access provider")
                                     : licence.accessProvider.trimmed();
        o->note =
            o->isLate()
                ? QCoreApplication::translate(
                      "Obligations",
                      "The access contract with %1 ended on %2: the filing is at risk of being "
                      "cancelled. Renew it, or decide to cancel (注销) the filing; mark it done "
                      "with that decision.")
                      .arg(provider, iso(licence.hostingExpiresOn))
                : QCoreApplication::translate(
                      "Obligations", "Renew the access contract with %1 before %2; without access the filing "
                                     "is cancelled.")
                      .arg(provider, iso(licence.hostingExpiresOn));
    }
    return result;
}

QList<Obligation> ObligationEngine::ofApplication(const Application& app) const
{
    return ofApplication(app, PsbWindow::Applied);
}

QList<Obligation> ObligationEngine::ofApplication(const Application& app, PsbWindow window) const
{
    QList<Obligation> result;
    const QString entity = app.entity.name.trimmed();
    const QString owner = principalOf(app);
    const QString provider = providerOf(app);
    const auto add = [&](Obligation o, const char* rule, const QString& source, const QString& title) {
        o.owner = owner;
        o.recordId = app.id;
        o.provinceCode = app.entity.provinceCode;
        o.provider = provider;
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
        Obligation* sms = add(o, "ORD-005", u"docs/regulations.md §2.2, R32"_s,
                              QCoreApplication::translate("Obligations", "SMS verification"));
        sms->note =
            sms->state == ObligationState::Missed
                ? QCoreApplication::translate(
                      "Obligations",
                      "The SMS verification deadline passed on %1 Beijing time; the order is returned to "
                      "the provider and must be resubmitted.")
                      .arg(beijing::formatMinutes(deadline))
                : QCoreApplication::translate("Obligations",
                                              "Complete the MIIT SMS verification by %1 Beijing time.")
                      .arg(beijing::formatMinutes(deadline));
        break;
    }
    case ApplicationStatus::AuthorityReview: {
        // ORD-006: the review's working days, public holidays skipped (R33, §11). Overdue from
        // the first working day past the limit, as ORD-006 counts it: dueOn is the day before it.
        const QDate since = beijing::dateOf(deadlines::enteredAt(app, ApplicationStatus::AuthorityReview));
        if (!since.isValid())
            break;
        const int limit = ProvinceRules::forProvince(app.entity.provinceCode).caReviewWorkingDays;
        const QDate lastDay = m_calendar.addWorkingDays(since, limit);
        const QDate due = m_calendar.addWorkingDays(since, limit + 1).addDays(-1);
        Obligation* review = add(make(ObligationKind::AuthorityReview, subjectOf(app), entity, due),
                                 "ORD-006", u"docs/regulations.md §2.3, R33, §11"_s,
                                 QCoreApplication::translate("Obligations", "Authority review"));
        const QString note =
            review->isLate() ? QCoreApplication::translate(
                                   "Obligations",
                                   "Reviewing since %1, more than %n working day(s): ask the provider "
                                   "to follow up with the Communications Administration.",
                                   nullptr, limit)
                                   .arg(iso(since))
                             : QCoreApplication::translate("Obligations",
                                                           "Reviewing since %1; %n working day(s) end on %2.",
                                                           nullptr, limit)
                                   .arg(iso(since), iso(lastDay));
        // A year the holiday table lacks counts weekends only: say so (WorkingDayCalendar.h).
        review->note = rules::withCalendarCaveat(m_calendar, note, since, std::max(due, m_asOf));
        break;
    }
    case ApplicationStatus::Granted: {
        // ORD-008: per website, counted from the grant (the earliest launch); after the rule's
        // reminder window it is no longer asked about (R36, §11).
        const QDate granted = deadlines::grantedOn(app);
        const QDate due = deadlines::psbFilingDueOn(app);
        if (!due.isValid() ||
            (window == PsbWindow::Applied && m_asOf > granted.addDays(limits.psbReminderWindowDays)))
            break;
        for (const Website& site : app.websites) {
            const QString number = site.filingNumber.isEmpty() ? subjectOf(app) : site.filingNumber;
            Obligation* psb = add(make(ObligationKind::PsbFiling, number, entity, due), "ORD-008",
                                  u"docs/regulations.md §2.6, R36"_s,
                                  QCoreApplication::translate("Obligations", "Public-security filing of %1")
                                      .arg(site.name.trimmed().isEmpty() ? number : site.name.trimmed()));
            psb->note =
                QCoreApplication::translate("Obligations",
                                            "File the website at beian.mps.gov.cn within %n day(s) of it "
                                            "going live (granted on %1), then show its number in the "
                                            "footer too.",
                                            nullptr, limits.psbDays)
                    .arg(iso(granted));
        }
        break;
    }
    default:
        break;
    }
    if (!holdsOrSeeks(app.status))
        return result;
    // A lapsed domain endangers the filing, or the application (docs/regulations.md §5.2).
    for (const Website& site : app.websites) {
        for (const Domain& d : site.domains) {
            if (!d.expiresOn.isValid() || d.name.trimmed().isEmpty())
                continue;
            Obligation* o =
                add(make(ObligationKind::DomainExpiry, d.name, entity, d.expiresOn), "",
                    u"docs/regulations.md §5.2"_s,
                    QCoreApplication::translate("Obligations", "Domain %1 expires").arg(d.name.trimmed()));
            o->note = domainNote(d.registrar, d.expiresOn, o->isLate());
        }
    }
    // The people named must hold valid documents; a renewed one is a change of the filing
    // (docs/regulations.md §3.3, R21).
    for (const Person& p : app.persons) {
        if (!p.documentExpiry.isValid())
            continue; // long-term (长期)
        Obligation* o = add(
            make(ObligationKind::IdExpiry, p.name, entity, p.documentExpiry), "",
            u"docs/regulations.md §3.3, R21"_s,
            QCoreApplication::translate("Obligations", "ID document of %1 expires").arg(p.name.trimmed()));
        o->note =
            QCoreApplication::translate(
                "Obligations", "Update the filing with the new document once it is issued (expires on %1).")
                .arg(iso(p.documentExpiry));
    }
    return result;
}

namespace {

// `lists` in order, an id already listed left out: the first list's obligation wins.
QList<Obligation> merged(const QList<QList<Obligation>>& lists)
{
    QList<Obligation> result;
    QSet<QString> ids;
    for (const QList<Obligation>& list : lists) {
        for (const Obligation& o : list) {
            if (!ids.contains(o.id)) {
                ids.insert(o.id);
                result.append(o);
            }
        }
    }
    sortObligations(result);
    return result;
}

} // namespace

QList<Obligation> ObligationEngine::derive(const QList<Licence>& licences,
                                           const QList<Application>& applications) const
{
    QHash<QString, QString> owners; // application id → its principal
    for (const Application& app : applications)
        owners.insert(app.id, principalOf(app));
    // The records first: where a record and its application give the same obligation (a
    // domain, a public-security filing), the record's owner and provider are the ones kept.
    QList<QList<Obligation>> lists;
    for (const Licence& licence : licences)
        lists.append(ofLicence(licence, owners.value(licence.applicationId)));
    for (const Application& app : applications)
        lists.append(ofApplication(app));
    return merged(lists);
}

QList<Obligation> ObligationEngine::ofGrantedApplication(const Application& app,
                                                         const QList<Licence>& licences) const
{
    QList<Licence> records;
    for (const Licence& l : licences) {
        if (l.applicationId == app.id)
            records.append(l);
    }
    if (records.isEmpty() && app.kind == ApplicationKind::Licence) {
        const QDate granted = deadlines::grantedOn(app);
        if (granted.isValid()) {
            Licence implied;
            implied.applicationId = app.id;
            implied.kind = ApplicationKind::Licence;
            implied.entityName = app.entity.name;
            implied.provinceCode = app.entity.provinceCode;
            implied.issuedOn = granted;
            implied.expiresOn = granted.addYears(RuleTables::instance().licenceLimits().validityYears);
            records.append(implied);
        }
    }
    // The Granted page shows the public-security filing whatever ORD-008's reminder window says.
    QList<QList<Obligation>> lists;
    for (const Licence& licence : std::as_const(records))
        lists.append(ofLicence(licence, principalOf(app)));
    lists.append(ofApplication(app, PsbWindow::Ignored));
    return merged(lists);
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

QList<Obligation> withoutDone(const QList<Obligation>& obligations, const QSet<QString>& done)
{
    QList<Obligation> open;
    for (const Obligation& o : obligations) {
        if (!done.contains(o.id))
            open.append(o);
    }
    return open;
}

} // namespace icp
