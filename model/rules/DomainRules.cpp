#include "rules/RuleContext.h"
#include "validation/IcpNumber.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

QString norm(const QString& s)
{
    return s.trimmed().toUpper();
}

bool samePerson(const Domain& d, const Person& p)
{
    return d.registrantName.trimmed() == p.name.trimmed() && !p.documentNumber.trimmed().isEmpty() &&
           norm(d.registrantDocumentNumber) == norm(p.documentNumber);
}

// DOM-006: the registrant must be the filer (R24, per-province owner rule)
void checkRegistrant(RuleContext& ctx, int w, int i)
{
    const Domain& d = *ctx.websites[w].domains[i].domain;
    const Entity& e = ctx.app.entity;
    const auto path = [&] {
        return FieldPath::website(w).domain(i).registrantName();
    };
    if (ctx.individual) {
        if (d.registrantName.trimmed() != e.name.trimmed() ||
            norm(d.registrantDocumentNumber) != norm(e.certificateNumber))
            ctx.add(RuleId::DOM_006, Severity::Blocking, path(),
                    QCoreApplication::translate(
                        "Rules", "The domain %1 is registered to \"%2\", not to the filer %3. Change the "
                                 "registrant's real-name "
                                 "data at the registrar (name, ID type and ID number must match).")
                        .arg(d.name.trimmed(), d.registrantName.trimmed(), e.name.trimmed()));
        return;
    }
    if (d.registrantIsOrganisation) {
        const bool numberMatches = d.registrantDocumentNumber.trimmed().isEmpty() ||
                                   norm(d.registrantDocumentNumber) == norm(e.certificateNumber);
        const bool nameMatches = d.registrantName.trimmed() == e.name.trimmed();
        if (nameMatches && numberMatches)
            return;
        if (nameMatches) {
            // A mistyped credit code of the entity is ENT-003's finding; comparing every domain
            // against it would repeat that one mistake once per domain.
            if (ctx.uscc && !ctx.uscc->ok())
                return;
            ctx.add(RuleId::DOM_006, Severity::Blocking,
                    FieldPath::website(w).domain(i).registrantDocumentNumber(),
                    QCoreApplication::translate("Rules", "The domain %1 is registered under the certificate "
                                                         "number %2, not the entity's %3. Correct the "
                                                         "number here or the registrant's real-name data "
                                                         "at the registrar.")
                        .arg(d.name.trimmed(), d.registrantDocumentNumber.trimmed(),
                             e.certificateNumber.trimmed()));
            return;
        }
        ctx.add(RuleId::DOM_006, Severity::Blocking, path(),
                QCoreApplication::translate("Rules", "The domain %1 is registered to \"%2\", not to %3. "
                                                     "Transfer the domain to the organisation or "
                                                     "correct the registrant's real-name data.")
                    .arg(d.name.trimmed(), d.registrantName.trimmed(), e.name.trimmed()));
        return;
    }
    const ProvinceRules& r = ctx.province;
    for (const PersonFacts& f : ctx.persons) {
        if (r.domainOwnerLegalRep && f.isLegalRep && samePerson(d, *f.person))
            return;
        if (r.domainOwnerEntityPrincipal && f.person->hasRole(PersonRole::EntityPrincipal) &&
            samePerson(d, *f.person))
            return;
    }
    ctx.add(RuleId::DOM_006, Severity::Blocking, path(),
            r.domainOwnerLegalRep
                ? QCoreApplication::translate(
                      "Rules", "The domain %1 is registered to the person \"%2\", who is not the legal "
                               "representative of %3. "
                               "Transfer the domain to the organisation or its legal representative.")
                      .arg(d.name.trimmed(), d.registrantName.trimmed(), e.name.trimmed())
                : QCoreApplication::translate("Rules", "In this province an organisation's domain must be "
                                                       "registered to the organisation itself; %1 is "
                                                       "registered to the person \"%2\".")
                      .arg(d.name.trimmed(), d.registrantName.trimmed()));
}

void checkDomain(RuleContext& ctx, int w, int i, QSet<QString>& seen)
{
    const DomainFacts& df = ctx.websites[w].domains[i];
    const Domain& d = *df.domain;

    // DOM-001: form and fileable suffix (R22)
    if (!df.parsed) {
        ctx.add(RuleId::DOM_001, Severity::Blocking, FieldPath::website(w).domain(i).name(),
                QCoreApplication::translate("Rules", "Enter the domain name."));
        return;
    }
    if (!df.parsed->ok()) {
        ctx.add(RuleId::DOM_001, Severity::Blocking, FieldPath::website(w).domain(i).name(),
                QCoreApplication::translate("Rules", "The domain %1 is not valid: %2")
                    .arg(d.name.trimmed(), df.parsed->error().message));
        return;
    }
    const DomainName& dn = df.parsed->value();
    // DOM-010: once per order (§5.3; compared on the A-label)
    if (seen.contains(dn.registrable))
        ctx.add(RuleId::DOM_010, Severity::Blocking, FieldPath::website(w).domain(i).name(),
                QCoreApplication::translate(
                    "Rules", "The domain %1 appears more than once in this order. Remove the duplicate.")
                    .arg(dn.unicode));
    seen.insert(dn.registrable);
    // DOM-004: registrable domains only (R27)
    if (dn.isSubdomain())
        ctx.add(RuleId::DOM_004, Severity::Blocking, FieldPath::website(w).domain(i).name(),
                QCoreApplication::translate("Rules", "%1 is a subdomain. File the registrable domain %2 "
                                                     "instead: it covers all its subdomains at the "
                                                     "same access provider.")
                    .arg(dn.unicode, dn.registrableUnicode));

    if (!carriesDomainChecks(ctx.app.operation))
        return; // §5.1: access orders are not domain-checked

    const ProvinceRules& r = ctx.province;
    if (ProvinceRules::verifySuffixes().contains(dn.publicSuffix)) {
        // DOM-003 (R22): fileability of .org is uncertain
        ctx.add(RuleId::DOM_003, Severity::Warning, FieldPath::website(w).domain(i).name(),
                QCoreApplication::translate(
                    "Rules", "The suffix .%1 of %2 is missing from recent MIIT lists. Check the live list on "
                             "domain.miit.gov.cn before submitting.")
                    .arg(dn.publicSuffix, dn.unicode));
    } else if (!dn.fileable) {
        ctx.add(RuleId::DOM_001, Severity::Blocking, FieldPath::website(w).domain(i).name(),
                QCoreApplication::translate("Rules", "The domain %1 cannot be filed: MIIT does not accept "
                                                     "the .%2 suffix. Use a fileable suffix such "
                                                     "as .com or .cn.")
                    .arg(dn.unicode, dn.publicSuffix));
    }
    // DOM-002: province suffix exclusions (R22); a suffix no province can file is DOM-001's alone
    if ((dn.fileable || ProvinceRules::verifySuffixes().contains(dn.publicSuffix)) &&
        (r.forbiddenSuffixes.contains(dn.publicSuffix) ||
         (ctx.individual && r.forbiddenSuffixesPersonal.contains(dn.publicSuffix))))
        ctx.add(RuleId::DOM_002, Severity::Blocking, FieldPath::website(w).domain(i).name(),
                QCoreApplication::translate("Rules", "The filing province does not accept domains ending in "
                                                     ".%1 (%2)%3. Use a common suffix such as "
                                                     ".com, .net or .cn.")
                    .arg(dn.publicSuffix, dn.unicode,
                         ctx.individual ? QCoreApplication::translate("Rules", " for personal filings")
                                        : QString()));
    // DOM-011: public-sector suffixes (§5.1)
    if (r.publicSectorSuffixes) {
        const EntityType type = ctx.app.entity.type;
        const QString& s = dn.publicSuffix;
        if (type == EntityType::PublicInstitution && s != "cn"_L1 && !s.endsWith(".cn"_L1) &&
            s != "xn--55qw42g"_L1)
            ctx.add(
                RuleId::DOM_011, Severity::Warning, FieldPath::website(w).domain(i).name(),
                QCoreApplication::translate(
                    "Rules",
                    "Public institutions in this province should use a .cn or .公益 domain; %1 is not one.")
                    .arg(dn.unicode));
        else if (type == EntityType::Government && s != "gov.cn"_L1 && s != "xn--zfr164b"_L1)
            ctx.add(
                RuleId::DOM_011, Severity::Warning, FieldPath::website(w).domain(i).name(),
                QCoreApplication::translate(
                    "Rules",
                    "Government bodies in this province should use a .gov.cn or .政务 domain; %1 is not one.")
                    .arg(dn.unicode));
    }
    // DOM-005: accredited registrar (R23; partial table: unknown names only warn)

    if (d.registrar.trimmed().isEmpty()) {
        ctx.add(RuleId::DOM_005, Severity::Blocking, FieldPath::website(w).domain(i).registrar(),
                QCoreApplication::translate(
                    "Rules", "Enter the registrar of %1 (the company where the domain is registered).")
                    .arg(dn.unicode));
    } else {
        switch (ctx.tables.registrarStatus(d.registrar)) {
        case RuleTables::RegistrarStatus::Accredited:
            break;
        case RuleTables::RegistrarStatus::Foreign:
            ctx.add(RuleId::DOM_005, Severity::Blocking, FieldPath::website(w).domain(i).registrar(),
                    QCoreApplication::translate("Rules",
                                                "%1 is registered at %2, which is not an MIIT-accredited "
                                                "registrar. Transfer the domain to a "
                                                "domestic accredited registrar first.")
                        .arg(dn.unicode, d.registrar.trimmed()));
            break;
        case RuleTables::RegistrarStatus::Unknown:
            ctx.add(
                RuleId::DOM_005, Severity::Warning, FieldPath::website(w).domain(i).registrar(),
                QCoreApplication::translate(
                    "Rules",
                    "%1 is not in our table of MIIT-accredited registrars. Check it on domain.miit.gov.cn.")
                    .arg(d.registrar.trimmed()));
            break;
        }
    }
    checkRegistrant(ctx, w, i);
    // DOM-007: real-name verification lead time (R25)
    const int lead = ctx.tables.orderLimits().realNameWorkingDays;

    if (!d.realNameVerifiedOn.isValid())
        ctx.add(
            RuleId::DOM_007, Severity::Warning, FieldPath::website(w).domain(i).realNameVerifiedOn(),
            QCoreApplication::translate(
                "Rules",
                "Complete the real-name verification of %1 at the registrar; submit at least %2 working days "
                "after it.")
                .arg(dn.unicode)
                .arg(lead));
    else if (ctx.calendar.workingDaysBetween(d.realNameVerifiedOn, ctx.submissionDate) < lead) {
        // Working days skip the State Council's holidays and count its make-up days (docs/regulations.md
        // §11).
        const QDate earliest = ctx.calendar.addWorkingDays(d.realNameVerifiedOn, lead);
        ctx.add(RuleId::DOM_007, Severity::Warning, FieldPath::website(w).domain(i).realNameVerifiedOn(),
                ctx.withCalendarCaveat(QCoreApplication::translate(
                                           "Rules", "%1 was real-name verified on %2; the data reaches the "
                                                    "authority only after about %3 working days. "
                                                    "Submit on %4 or later.")
                                           .arg(dn.unicode, formatDate(d.realNameVerifiedOn))
                                           .arg(lead)
                                           .arg(formatDate(earliest)),
                                       d.realNameVerifiedOn, earliest));
    }
    // DOM-008: remaining registration (R26, per province)

    if (!d.expiresOn.isValid())
        ctx.add(
            RuleId::DOM_008, Severity::Blocking, FieldPath::website(w).domain(i).expiresOn(),
            QCoreApplication::translate("Rules", "Enter the expiry date of %1 (from the registrar or WHOIS).")
                .arg(dn.unicode));
    else if (d.expiresOn < ctx.submissionDate)
        ctx.add(RuleId::DOM_008, Severity::Blocking, FieldPath::website(w).domain(i).expiresOn(),
                QCoreApplication::translate("Rules", "%1 expired on %2. Renew it before filing.")
                    .arg(dn.unicode, formatDate(d.expiresOn)));
    else if (r.domainMinRemainingMonths > 0 &&
             d.expiresOn < ctx.submissionDate.addMonths(r.domainMinRemainingMonths))
        ctx.add(RuleId::DOM_008, Severity::Blocking, FieldPath::website(w).domain(i).expiresOn(),
                QCoreApplication::translate("Rules", "%1 expires on %2; this province requires more than %3 "
                                                     "months of registration left at submission. "
                                                     "Renew it first.")
                    .arg(dn.unicode, formatDate(d.expiresOn))
                    .arg(r.domainMinRemainingMonths));
}

// The registrable A-label a domain is compared on (the name as typed when it does not parse).
QString domainKey(const Domain& d)
{
    const Result<DomainName> parsed = parseDomainName(d.name);
    return parsed ? parsed->registrable : d.name.trimmed().toLower();
}

QString filingKey(const QString& number)
{
    const Result<FilingNumber> parsed = parseFilingNumber(number);
    return parsed ? parsed->format() : number.trimmed();
}

// The website as it was granted: the portfolio's granted application carrying the same
// website filing number (nullptr when the portfolio does not know it).
const Website* filedWebsite(const RuleContext& ctx, const Website& site)
{
    if (!ctx.portfolio || site.filingNumber.trimmed().isEmpty())
        return nullptr;
    const QString key = filingKey(site.filingNumber);
    for (const Application& other : ctx.portfolio->applications) {
        if (other.id == ctx.app.id || other.status != ApplicationStatus::Granted)
            continue;
        for (const Website& filed : other.websites) {
            if (!filed.filingNumber.trimmed().isEmpty() && filingKey(filed.filingNumber) == key)
                return &filed;
        }
    }
    return nullptr;
}

// DOM-009: a website filed afresh carries one domain (national rule since 2019-04-22,
// docs/regulations.md §5.4; the domains-per-website table).
void checkNewWebsiteDomains(RuleContext& ctx, int w)
{
    const WebsiteFacts& wf = ctx.websites[w];
    const DomainsPerWebsite& rule = ctx.tables.domainsPerWebsite();
    if (wf.domains.size() <= rule.maxPerNewWebsite)
        return;
    ctx.add(RuleId::DOM_009, Severity::Blocking, FieldPath::website(w).domains(),
            QCoreApplication::translate("Rules",
                                        "The website \"%1\" has %2 domains; since %3 a website is filed with "
                                        "exactly one domain. File each domain as its own website.")
                .arg(wf.website->name.trimmed())
                .arg(wf.domains.size())
                .arg(formatDate(rule.effective)));
}

// DOM-012: a change order keeps or drops the domains of a filed website, never adds one; a
// single-domain website keeps its domain (docs/regulations.md §5.4).
void checkChangedDomains(RuleContext& ctx, int w)
{
    const WebsiteFacts& wf = ctx.websites[w];
    const Website& site = *wf.website;
    const Website* filed = filedWebsite(ctx, site);
    if (!filed) {
        // Without the granted record the engine cannot tell which domains were filed.
        if (wf.domains.size() > 1)
            ctx.add(RuleId::DOM_012, Severity::Warning, FieldPath::website(w).domains(),
                    QCoreApplication::translate(
                        "Rules", "The website \"%1\" lists %2 domains. A website filed with several domains "
                                 "before %3 may keep or drop them in a change, but not add one: check that "
                                 "each was filed with it, and file a new domain as a new website.")
                        .arg(site.name.trimmed())
                        .arg(wf.domains.size())
                        .arg(formatDate(ctx.tables.domainsPerWebsite().effective)));
        return;
    }
    QSet<QString> filedKeys;
    for (const Domain& d : filed->domains)
        filedKeys.insert(domainKey(d));
    for (int i = 0; i < wf.domains.size(); ++i) {
        const Domain& d = *wf.domains[i].domain;
        if (filedKeys.contains(domainKey(d)))
            continue;
        ctx.add(RuleId::DOM_012, Severity::Blocking, FieldPath::website(w).domain(i).name(),
                filed->domains.size() == 1
                    ? QCoreApplication::translate("Rules",
                                                  "The website %1 was filed with the domain %2; a change "
                                                  "cannot replace it by %3. File %3 as a new website.")
                          .arg(site.filingNumber.trimmed(), filed->domains.constFirst().name.trimmed(),
                               d.name.trimmed())
                    : QCoreApplication::translate("Rules",
                                                  "A change cannot add the domain %1 to the website %2: "
                                                  "its filed domains may only be kept or dropped. File %1 "
                                                  "as a new website.")
                          .arg(d.name.trimmed(), site.filingNumber.trimmed()));
    }
}

} // namespace

void evaluateDomainRules(RuleContext& ctx)
{
    QSet<QString> seen;
    seen.reserve(ctx.totalDomains());
    const DomainsPerWebsite& perWebsite = ctx.tables.domainsPerWebsite();
    const bool filing = ctx.app.kind == ApplicationKind::Filing;
    for (int w = 0; w < ctx.websites.size(); ++w) {
        const WebsiteFacts& wf = ctx.websites[w];
        for (int i = 0; i < wf.domains.size(); ++i)
            checkDomain(ctx, w, i, seen);
        if (wf.domains.isEmpty())
            ctx.add(RuleId::DOM_009, Severity::Blocking, FieldPath::website(w).domains(),
                    QCoreApplication::translate("Rules", "Add the domain of the website \"%1\".")
                        .arg(wf.website->name));
        else if (filing && perWebsite.newWebsiteOperations.contains(ctx.app.operation))
            checkNewWebsiteDomains(ctx, w);
        else if (filing && ctx.app.operation == Operation::Change && perWebsite.changeKeepOrDrop)
            checkChangedDomains(ctx, w);
    }
}

} // namespace icp::rules
