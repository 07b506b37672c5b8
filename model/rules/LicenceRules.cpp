#include "rules/RuleContext.h"
#include "validation/IcpNumber.h"

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

QString yuan(qint64 amount)
{
    return QLocale().toString(amount);
}

bool hasCompanySuffix(const QString& name, const LicenceLimits& limits)
{
    for (const QString& suffix : limits.companyNameSuffixes) {
        if (name.contains(suffix))
            return true;
    }
    return false;
}

// LIC-003: only a company holds a value-added telecom licence (docs/regulations.md §1.2). The
// USCC category decides where it can (92 individual business, 93 farmer co-operative and every
// non-enterprise category are refused); inside category 91 only the name tells a company
// (有限公司 / 股份公司) from a partnership or a sole-investment enterprise, so that is a question.
void checkCompany(RuleContext& ctx, const LicenceLimits& limits)
{
    const Entity& e = ctx.app.entity;
    if (e.type != EntityType::Enterprise) {
        ctx.add(RuleId::LIC_003, Severity::Blocking, FieldPath::entity().type(),
                QCoreApplication::translate("Rules", "Only a lawfully established company can hold an ICP "
                                                     "licence; \"%1\" entities file for an ICP "
                                                     "filing instead.")
                    .arg(displayName(e.type)));
        return;
    }
    const Uscc* code = ctx.uscc && ctx.uscc->ok() ? &ctx.uscc->value() : nullptr;
    // An unlisted category is ENT-004's question, not proof that the holder is no company.
    if (code && code->category != Uscc::Category::Enterprise && code->category != Uscc::Category::Unlisted) {
        ctx.add(RuleId::LIC_003, Severity::Blocking, FieldPath::entity().certificateNumber(),
                QCoreApplication::translate("Rules", "The code %1 is not a company's: its category %2 is "
                                                     "\"%3\". Only a lawfully established company can "
                                                     "hold a value-added telecom licence.")
                    .arg(code->code, code->authorityCategory, usccCategoryName(code->category)));
        return;
    }
    const QString name = e.name.trimmed();
    if (name.isEmpty() || hasCompanySuffix(name, limits))
        return;
    for (const NonCompanyForm& form : limits.nonCompanyForms) {
        if (name.contains(form.marker)) {
            ctx.add(RuleId::LIC_003, Severity::Warning, FieldPath::entity().name(),
                    QCoreApplication::translate("Rules", "\"%1\" names a form that is not a company (%2); "
                                                         "only a company can hold a value-added telecom "
                                                         "licence. Check the form on the business licence.")
                        .arg(name, form.displayName()));
            return;
        }
    }
    ctx.add(RuleId::LIC_003, Severity::Warning, FieldPath::entity().name(),
            QCoreApplication::translate("Rules", "\"%1\" does not name a company form (有限公司 or "
                                                 "股份有限公司); only a company can hold a value-added "
                                                 "telecom licence. Check the form on the business licence.")
                .arg(name));
}

QString serviceName(const LicenceLimits& limits, const QString& code)
{
    const LicenceService* s = limits.service(code);
    if (!s)
        return code;
    return u"%1 %2"_s.arg(code, QLocale().language() == QLocale::Chinese ? s->nameZh : s->nameEn);
}

// LIC-002: each service has its cap (the general 50 %, or its own once effective, e.g. 100 % for
// operational e-commerce, B22, B23 and B24); the 2024 pilot zones may lift the rest
// (docs/regulations.md §1.2, R39).
void checkForeignEquity(RuleContext& ctx, const LicenceLimits& limits)
{
    const Entity& e = ctx.app.entity;
    QStringList over;
    double cap = 100;
    bool pilot = limits.pilotProvinces.contains(e.provinceCode);
    for (const QString& code : ctx.app.serviceCategories) {
        const double serviceCap = limits.foreignEquityCap(code, ctx.submissionDate);
        if (e.foreignEquityPercent <= serviceCap)
            continue;
        const LicenceService* s = limits.service(code);
        const QString catalogueCode = s && !s->partOf.isEmpty() ? s->partOf : code;
        pilot = pilot && limits.pilotServices.contains(catalogueCode);
        cap = std::min(cap, serviceCap);
        over.append(serviceName(limits, code));
    }
    if (over.isEmpty())
        return;
    ctx.add(RuleId::LIC_002, pilot ? Severity::Warning : Severity::Blocking,
            FieldPath::entity().foreignEquityPercent(),
            pilot ? QCoreApplication::translate("Rules", "Foreign equity of %1 % exceeds the cap of %2 % for "
                                                         "%3; the 2024 pilot may lift it in this province's "
                                                         "pilot zones. Confirm that the entity is in a pilot "
                                                         "zone.")
                        .arg(e.foreignEquityPercent)
                        .arg(cap)
                        .arg(over.join(u", "_s))
                  : QCoreApplication::translate("Rules", "Foreign equity of %1 % exceeds the cap of %2 % for "
                                                         "%3.")
                        .arg(e.foreignEquityPercent)
                        .arg(cap)
                        .arg(over.join(u", "_s)));
}

// LIC-010: a licence number names the categories it covers (B1 for B11–B14, B2 for B21–B26);
// a B1 licence is not a B2 licence (docs/regulations.md §8.2). The Beijing-style 京ICP证…号
// is the information-services licence, so it counts as B2.
template <typename Add>
void checkNumberCoversServices(const Licence& licence, const LicenceNumber& number, const Add& add)
{
    const LicenceLimits& limits = RuleTables::instance().licenceLimits();
    const QStringList categories = number.kind == LicenceNumber::Kind::IcpCertificate
                                       ? QStringList{u"B2"_s}
                                       : number.categories.split(u'.');
    for (const QString& service : licence.services) {
        const LicenceService* s = limits.service(service);
        if (!s || s->serviceClass.isEmpty() || categories.contains(s->serviceClass))
            continue;
        add(RuleId::LIC_010, Severity::Blocking, FieldPath::licenceRecord().number(),
            QCoreApplication::translate("Rules", "The licence number %1 covers %2, but the service %3 "
                                                 "belongs to category %4: a %5 licence does not cover it. "
                                                 "Check the number or the services.")
                .arg(number.format(), categories.join(u'.'), serviceName(limits, s->code), s->serviceClass,
                     categories.join(u'.')));
    }
}

} // namespace

// Licence applications (R39, §1.1, §1.2, §8.2).
void evaluateLicenceRules(RuleContext& ctx)
{
    const Entity& e = ctx.app.entity;
    const LicenceLimits& limits = ctx.tables.licenceLimits();
    checkCompany(ctx, limits);
    // LIC-001: registered capital (R39)
    const bool national = ctx.app.licenceScope == LicenceScope::National;
    const qint64 minimum = national ? limits.capitalNationalYuan : limits.capitalProvinceYuan;
    if (e.registeredCapitalYuan < minimum)
        ctx.add(
            RuleId::LIC_001, Severity::Blocking, FieldPath::entity().registeredCapitalYuan(),
            national
                ? QCoreApplication::translate("Rules", "A cross-province licence needs a registered capital "
                                                       "of at least RMB %1; the entity has "
                                                       "RMB %2.")
                      .arg(yuan(minimum), yuan(e.registeredCapitalYuan))
                : QCoreApplication::translate(
                      "Rules",
                      "A licence for one province needs a registered capital of at least RMB %1; the entity "
                      "has RMB %2.")
                      .arg(yuan(minimum), yuan(e.registeredCapitalYuan)));
    checkForeignEquity(ctx, limits);
    // LIC-004: a licence presupposes a filing (§1.1)
    if (e.filingNumber.trimmed().isEmpty())
        ctx.add(RuleId::LIC_004, Severity::Blocking, FieldPath::entity().filingNumber(),
                QCoreApplication::translate("Rules", "An ICP licence presupposes an ICP filing. Enter the "
                                                     "entity's filing number, or file first."));
    // LIC-005: service categories (§8.2)
    if (ctx.app.serviceCategories.isEmpty())
        ctx.add(RuleId::LIC_005, Severity::Blocking, FieldPath::serviceCategories(),
                QCoreApplication::translate(
                    "Rules",
                    "Choose the service categories of the licence (for example B25 information services)."));
    for (int i = 0; i < ctx.app.serviceCategories.size(); ++i) {
        if (!limits.serviceCodes.contains(ctx.app.serviceCategories[i]))
            ctx.add(RuleId::LIC_005, Severity::Blocking, FieldPath::serviceCategory(i),
                    QCoreApplication::translate(
                        "Rules", "%1 is not a value-added telecom service category of the 2015 catalogue.")
                        .arg(ctx.app.serviceCategories[i]));
    }
}

// Granted records (R38, R40).
QList<Finding> evaluateLicenceRecord(const Licence& licence, QDate asOf)
{
    QList<Finding> findings;
    const auto add = [&](RuleId id, Severity s, const QString& path, const QString& message) {
        findings.append(Finding{id.toString(), s, path, message});
    };
    // LIC-008: number form (R38)
    const QString number = licence.number.trimmed();
    if (number.isEmpty()) {
        add(RuleId::LIC_008, Severity::Blocking, FieldPath::licenceRecord().number(),
            QCoreApplication::translate("Rules", "Enter the filing or licence number."));
    } else if (licence.kind == ApplicationKind::Filing) {
        if (const Result<FilingNumber> n = parseFilingNumber(number); !n.ok())
            add(RuleId::LIC_008, Severity::Blocking, FieldPath::licenceRecord().number(),
                QCoreApplication::translate("Rules", "The ICP filing number %1 is not valid: %2")
                    .arg(number, n.error().message));
    } else if (const Result<LicenceNumber> n = parseLicenceNumber(number); !n.ok()) {
        add(RuleId::LIC_008, Severity::Blocking, FieldPath::licenceRecord().number(),
            QCoreApplication::translate("Rules", "The licence number %1 is not valid: %2")
                .arg(number, n.error().message));
    } else {
        checkNumberCoversServices(licence, n.value(), add);
    }
    if (licence.kind != ApplicationKind::Licence)
        return findings; // filings do not expire (§1.4)

    const LicenceLimits& limits = RuleTables::instance().licenceLimits();
    // LIC-009: five-year validity
    if (licence.issuedOn.isValid() && licence.expiresOn.isValid() &&
        std::abs(licence.issuedOn.addYears(limits.validityYears).daysTo(licence.expiresOn)) > 31)
        add(RuleId::LIC_009, Severity::Warning, FieldPath::licenceRecord().expiresOn(),
            QCoreApplication::translate("Rules", "A value-added telecom licence is valid for %1 years: "
                                                 "issued on %2 it should expire around %3, not "
                                                 "on %4. Check the dates.")
                .arg(limits.validityYears)
                .arg(formatDate(licence.issuedOn),
                     formatDate(licence.issuedOn.addYears(limits.validityYears)),
                     formatDate(licence.expiresOn)));
    // LIC-006: renewal ≥ 90 days before expiry (R40)
    if (licence.expiresOn.isValid()) {
        const QDate due = licence.renewalDueOn();
        if (asOf > licence.expiresOn)
            add(RuleId::LIC_006, Severity::Blocking, FieldPath::licenceRecord().expiresOn(),
                QCoreApplication::translate("Rules", "The licence %1 expired on %2. Operating without a "
                                                     "valid licence is not allowed; apply for a new "
                                                     "licence.")
                    .arg(number, formatDate(licence.expiresOn)));
        else if (asOf > due)
            // O42 / Order 19 Art. 25: a renewal not applied for by the 90-day mark is refused at
            // expiry (docs/regulations.md §1.3, R40), so the way on is a new licence.
            add(RuleId::LIC_006, Severity::Warning, FieldPath::licenceRecord().expiresOn(),
                QCoreApplication::translate(
                    "Rules", "The renewal of licence %1 had to be applied for by %2 (%3 days before expiry "
                             "on %4). Unless it was, the right to renew is lost: the licence cannot be "
                             "renewed, and continuing after %4 needs a new licence application.")
                    .arg(number, formatDate(due))
                    .arg(limits.renewalLeadDays)
                    .arg(formatDate(licence.expiresOn)));
        else if (asOf >= due.addDays(-limits.renewalReminderDays))
            add(RuleId::LIC_006, Severity::Info, FieldPath::licenceRecord().expiresOn(),
                QCoreApplication::translate("Rules", "Apply for the renewal of licence %1 by %2; a renewal "
                                                     "applied for later is refused.")
                    .arg(number, formatDate(due)));
    }
    // LIC-007: annual report by 31 March for every licence held on 31 December (R40)
    if (licence.issuedOn.isValid()) {
        for (int year = licence.issuedOn.year(); year < asOf.year(); ++year) {
            const QDate due = licence.annualReportDueOn(year);
            if (!due.isValid())
                break; // not held on 31 December of that year
            QDate filedOn;
            for (const AnnualReport& r : licence.annualReports) {
                if (r.year == year && r.filedOn.isValid())
                    filedOn = r.filedOn;
            }
            if (filedOn.isValid()) {
                // A report after 31 March is late, not "filed" (docs/regulations.md §1.3, R40).
                if (filedOn > due)
                    add(RuleId::LIC_007, Severity::Warning, FieldPath::licenceRecord().annualReports(),
                        QCoreApplication::translate("Rules",
                                                    "The annual report for %1 of licence %2 was "
                                                    "filed late, on %3 (due by %4). Late reporters "
                                                    "may be put on the bad list; check the licence's "
                                                    "standing with the issuing authority.")
                            .arg(year)
                            .arg(number, formatDate(filedOn), formatDate(due)));
                continue;
            }
            add(RuleId::LIC_007, asOf > due ? Severity::Warning : Severity::Info,
                FieldPath::licenceRecord().annualReports(),
                asOf > due
                    ? QCoreApplication::translate(
                          "Rules",
                          "The annual report for %1 of licence %2 was due on %3 and is not recorded. Late "
                          "reporters are put on the bad list; file it now.")
                          .arg(year)
                          .arg(number, formatDate(due))
                    : QCoreApplication::translate("Rules",
                                                  "File the annual report for %1 of licence %2 by %3.")
                          .arg(year)
                          .arg(number, formatDate(due)));
        }
    }
    return findings;
}

} // namespace icp::rules
