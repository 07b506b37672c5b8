#include "core/BeijingTime.h"
#include "rules/Deadlines.h"
#include "rules/RuleContext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

using deadlines::enteredAt;

QDateTime lastChange(const Application& app)
{
    return app.history.isEmpty() ? app.updatedAt : app.history.constLast().at;
}

QString domainKey(const Domain& d)
{
    return d.aLabel.isEmpty() ? d.name.trimmed().toLower() : d.aLabel.toLower();
}

void checkOperation(RuleContext& ctx)
{
    const Operation op = ctx.app.operation;
    const bool filed = !ctx.app.entity.filingNumber.trimmed().isEmpty();
    // ORD-011: something to file (§1.5)
    if (ctx.app.websites.isEmpty() && op != Operation::CancelEntity && op != Operation::Change)
        ctx.add(RuleId::ORD_011, Severity::Blocking, FieldPath::websites(),
                QCoreApplication::translate("Rules", "Add the website this order is about."));
    // ORD-010: operation vs existing filing (§1.5); a licence application has no filing operation
    if (ctx.app.kind == ApplicationKind::Licence)
        return;
    if (op == Operation::FirstFiling && filed)
        ctx.add(
            RuleId::ORD_010, Severity::Blocking, FieldPath::operation(),
            QCoreApplication::translate(
                "Rules",
                "The entity is already filed (%1). Use \"new website\" or \"new access\" instead of a first "
                "filing.")
                .arg(ctx.app.entity.filingNumber.trimmed()));
    else if (op != Operation::FirstFiling && !filed)
        ctx.add(
            RuleId::ORD_010, Severity::Blocking, FieldPath::entity().filingNumber(),
            QCoreApplication::translate(
                "Rules",
                "\"%1\" needs the entity's existing ICP filing number. Enter it, or choose a first filing.")
                .arg(displayName(op)));
    if (op == Operation::NewAccess || op == Operation::CancelWebsite || op == Operation::CancelAccess) {
        for (int w = 0; w < ctx.app.websites.size(); ++w) {
            if (ctx.app.websites[w].filingNumber.trimmed().isEmpty())
                ctx.add(RuleId::ORD_010, Severity::Blocking, FieldPath::website(w).filingNumber(),
                        QCoreApplication::translate(
                            "Rules",
                            "\"%1\" applies to filed websites: enter the website's filing number (…号-n).")
                            .arg(displayName(op)));
        }
    }
}

void checkLimits(RuleContext& ctx)
{
    const Operation op = ctx.app.operation;
    if (op != Operation::FirstFiling && op != Operation::NewWebsite && op != Operation::Change)
        return;
    const ProvinceRules& r = ctx.province;
    // ORD-001: websites per order (R28)
    int maxSites = ctx.tables.orderLimits().maxSitesPerOrder;
    if (r.maxSitesPerOrder > 0 && op != Operation::Change)
        maxSites = std::min(maxSites, r.maxSitesPerOrder);
    if (ctx.app.websites.size() > maxSites)
        ctx.add(RuleId::ORD_001, Severity::Blocking, FieldPath::websites(),
                QCoreApplication::translate("Rules", "This order has %1 websites; at most %2 can be filed in "
                                                     "one order here. Split it into several "
                                                     "orders.")
                    .arg(ctx.app.websites.size())
                    .arg(maxSites));
    // ORD-002: domains per submission (R28, per province)
    int maxDomains = ctx.individual ? r.maxDomainsPerOrderPersonal : r.maxDomainsPerOrderOrganisation;
    if (ctx.individual && op == Operation::FirstFiling && r.maxDomainsPerOrderPersonalFirstFiling > 0)
        maxDomains = maxDomains > 0 ? std::min(maxDomains, r.maxDomainsPerOrderPersonalFirstFiling)
                                    : r.maxDomainsPerOrderPersonalFirstFiling;
    const int domains = ctx.totalDomains();
    if (maxDomains > 0 && domains > maxDomains)
        ctx.add(RuleId::ORD_002, Severity::Blocking, FieldPath::websites(),
                QCoreApplication::translate("Rules", "This order has %1 domains; the filing province accepts "
                                                     "at most %2 per submission for this kind "
                                                     "of filer. File the others in a later order.")
                    .arg(domains)
                    .arg(maxDomains));
}

// ORD-003 / ORD-004: one order in flight per entity and per domain (R30)
void checkConflicts(RuleContext& ctx)
{
    if (!ctx.portfolio ||
        (ctx.app.status != ApplicationStatus::Draft && ctx.app.status != ApplicationStatus::Queued))
        return;
    const OrderLimits& limits = ctx.tables.orderLimits();
    const QString certificate = ctx.app.entity.certificateNumber.trimmed().toUpper();
    QSet<QString> ownDomains;
    for (const WebsiteFacts& w : ctx.websites) {
        for (const DomainFacts& d : w.domains) {
            ownDomains.insert(domainKey(*d.domain));
            if (const DomainName* dn = d.name())
                ownDomains.insert(dn->registrable);
        }
    }
    bool entityReported = false;
    for (const Application& other : ctx.portfolio->applications) {
        if (other.id == ctx.app.id || !limits.inFlightStatuses.contains(other.status))
            continue;
        if (!entityReported && !certificate.isEmpty() &&
            other.entity.certificateNumber.trimmed().toUpper() == certificate) {
            entityReported = true;
            ctx.add(RuleId::ORD_003, Severity::Blocking, FieldPath::entity().certificateNumber(),
                    QCoreApplication::translate("Rules", "Another order of %1 is in progress (%2). The "
                                                         "authority accepts one order per entity at a "
                                                         "time; wait for it to finish or withdraw it.")
                        .arg(ctx.app.entity.name.trimmed(), displayName(other.status)));
        }
        for (const Website& w : other.websites) {
            for (const Domain& d : w.domains) {
                if (!ownDomains.contains(domainKey(d)))
                    continue;
                for (int sw = 0; sw < ctx.websites.size(); ++sw) {
                    for (int sd = 0; sd < ctx.websites[sw].domains.size(); ++sd) {
                        const DomainFacts& own = ctx.websites[sw].domains[sd];
                        const DomainName* dn = own.name();
                        if (domainKey(*own.domain) == domainKey(d) || (dn && dn->registrable == domainKey(d)))
                            ctx.add(RuleId::ORD_004, Severity::Blocking,
                                    FieldPath::website(sw).domain(sd).name(),
                                    QCoreApplication::translate("Rules",
                                                                "The domain %1 is part of another order in "
                                                                "progress (%2). A domain can be in "
                                                                "only one order at a time.")
                                        .arg(d.name.trimmed(), other.entity.name.trimmed()));
                    }
                }
            }
        }
    }
}

void checkState(RuleContext& ctx)
{
    const Application& app = ctx.app;
    const OrderLimits& limits = ctx.tables.orderLimits();
    switch (app.status) {
    case ApplicationStatus::SmsPending: {
        // ORD-005: 24-hour SMS window (R32), instant against instant; shown in Beijing time (§11)
        const QDateTime deadline = deadlines::smsDeadline(app);
        if (!deadline.isValid())
            break;
        if (ctx.now > deadline)
            ctx.add(RuleId::ORD_005, Severity::Warning, FieldPath::status(),
                    QCoreApplication::translate("Rules", "The SMS verification deadline passed on %1 Beijing "
                                                         "time; the order is returned to the provider and "
                                                         "must be resubmitted.")
                        .arg(beijing::formatMinutes(deadline)));
        else
            ctx.add(RuleId::ORD_005, Severity::Info, FieldPath::status(),
                    QCoreApplication::translate("Rules",
                                                "Complete the MIIT SMS verification by %1 Beijing time "
                                                "(code + mobile + last six characters of the ID "
                                                "number).")
                        .arg(beijing::formatMinutes(deadline)));
        break;
    }
    case ApplicationStatus::AuthorityReview: {
        // ORD-006: review SLA in working days (R33), public holidays skipped (§11)
        const QDate since = beijing::dateOf(enteredAt(app, ApplicationStatus::AuthorityReview));
        const int limit = ctx.province.caReviewWorkingDays;
        if (since.isValid() && ctx.calendar.workingDaysBetween(since, ctx.asOf) > limit)
            ctx.add(RuleId::ORD_006, Severity::Warning, FieldPath::status(),
                    ctx.withCalendarCaveat(QCoreApplication::translate(
                                               "Rules", "The authority has been reviewing since %1, more "
                                                        "than %2 working days. Ask the provider to "
                                                        "follow up with the Communications "
                                                        "Administration.")
                                               .arg(formatDate(since))
                                               .arg(limit),
                                           since, ctx.asOf));
        break;
    }
    case ApplicationStatus::Granted: {
        // ORD-008: public-security filing within 30 days of going live (R36), days in Beijing
        const QDate granted = deadlines::grantedOn(app);
        if (!granted.isValid())
            break;
        const QDate due = deadlines::psbFilingDueOn(app);
        if (ctx.asOf <= due)
            ctx.add(RuleId::ORD_008, Severity::Info, FieldPath::status(),
                    QCoreApplication::translate("Rules", "File the website with the public-security bureau "
                                                         "(beian.mps.gov.cn) by %1, within %2 days of "
                                                         "going live.")
                        .arg(formatDate(due))
                        .arg(limits.psbDays));
        else if (ctx.asOf <= granted.addDays(limits.psbReminderWindowDays))
            ctx.add(RuleId::ORD_008, Severity::Warning, FieldPath::status(),
                    QCoreApplication::translate(
                        "Rules",
                        "The public-security filing was due on %1. If it is not done yet, file it now at "
                        "beian.mps.gov.cn.")
                        .arg(formatDate(due)));
        break;
    }
    default:
        break;
    }
    // ORD-007: idle orders expire (R34, provider profile), days in Beijing
    if (limits.userPendingStatuses.contains(app.status)) {
        const QDate since = beijing::dateOf(lastChange(app));
        if (since.isValid()) {
            const qint64 idle = since.daysTo(ctx.asOf);
            const QDate expires = since.addDays(limits.idleDays);
            if (idle > limits.idleDays)
                ctx.add(RuleId::ORD_007, Severity::Warning, FieldPath::status(),
                        QCoreApplication::translate("Rules", "The order has waited for you since %1 and "
                                                             "expired on %2; the provider keeps the data but "
                                                             "it must be resubmitted for initial review.")
                            .arg(formatDate(since), formatDate(expires)));
            else {
                for (auto it = limits.idleReminderDays.crbegin(); it != limits.idleReminderDays.crend();
                     ++it) {
                    if (idle >= *it) {
                        ctx.add(
                            RuleId::ORD_007, Severity::Info, FieldPath::status(),
                            QCoreApplication::translate(
                                "Rules", "The order has been waiting for you for %1 days; it expires on %2.")
                                .arg(idle)
                                .arg(formatDate(expires)));
                        break;
                    }
                }
            }
        }
    }
    // ORD-009: changes are filed 30 days ahead (R35; the change's effective date is not recorded)
    if (app.operation == Operation::Change && app.status == ApplicationStatus::Draft)
        ctx.add(
            RuleId::ORD_009, Severity::Info, FieldPath::operation(),
            QCoreApplication::translate(
                "Rules", "Changes to filed data must be filed at least 30 days before they take effect."));
}

} // namespace

void evaluateOrderRules(RuleContext& ctx)
{
    checkOperation(ctx);
    checkLimits(ctx);
    checkConflicts(ctx);
    checkState(ctx);
}

} // namespace icp::rules
