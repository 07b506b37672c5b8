#include "rules/RuleContext.h"
#include "validation/IcpNumber.h"

using namespace Qt::StringLiterals;

namespace icp::rules {

namespace {

QString yuan(qint64 amount)
{
    return QLocale().toString(amount);
}

} // namespace

// Licence applications (R39, §1.1, §1.2, §8.2).
void evaluateLicenceRules(RuleContext& ctx)
{
    const Entity& e = ctx.app.entity;
    const LicenceLimits& limits = ctx.tables.licenceLimits();
    // LIC-003: only companies (O42 Art. 6)
    if (e.type != EntityType::Enterprise)
        ctx.add(RuleId::LIC_003, Severity::Blocking, FieldPath::entity().type(),
                QCoreApplication::translate("Rules", "Only a lawfully established company can hold an ICP "
                                                     "licence; \"%1\" entities file for an ICP "
                                                     "filing instead.")
                    .arg(displayName(e.type)));
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
    // LIC-002: foreign equity (R39)
    if (e.foreignEquityPercent > limits.foreignEquityMaxPercent) {
        bool fullyOpen = !ctx.app.serviceCategories.isEmpty();
        bool pilot = !ctx.app.serviceCategories.isEmpty() && limits.pilotProvinces.contains(e.provinceCode);
        for (const QString& s : ctx.app.serviceCategories) {
            fullyOpen = fullyOpen && limits.foreignEquityFullServices.contains(s);
            pilot = pilot && limits.pilotServices.contains(s);
        }
        if (!fullyOpen)
            ctx.add(RuleId::LIC_002, pilot ? Severity::Warning : Severity::Blocking,
                    FieldPath::entity().foreignEquityPercent(),
                    pilot ? QCoreApplication::translate(
                                "Rules",
                                "Foreign equity of %1 % exceeds the general cap of %2 %; the 2024 pilot may "
                                "lift it in "
                                "this province's pilot zones. Confirm that the entity is in a pilot zone.")
                                .arg(e.foreignEquityPercent)
                                .arg(limits.foreignEquityMaxPercent)
                          : QCoreApplication::translate("Rules",
                                                        "Foreign equity of %1 % exceeds the cap of %2 % for "
                                                        "value-added telecom services other "
                                                        "than online data and transaction processing (B21).")
                                .arg(e.foreignEquityPercent)
                                .arg(limits.foreignEquityMaxPercent));
    }
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
        const QDate due = licence.expiresOn.addDays(-limits.renewalLeadDays);
        if (asOf > licence.expiresOn)
            add(RuleId::LIC_006, Severity::Blocking, FieldPath::licenceRecord().expiresOn(),
                QCoreApplication::translate("Rules", "The licence %1 expired on %2. Operating without a "
                                                     "valid licence is not allowed; apply for a new "
                                                     "licence.")
                    .arg(number, formatDate(licence.expiresOn)));
        else if (asOf >= due)
            add(RuleId::LIC_006, Severity::Warning, FieldPath::licenceRecord().expiresOn(),
                QCoreApplication::translate("Rules", "The renewal of licence %1 was due on %2 (%3 days "
                                                     "before expiry on %4). Apply to the issuing "
                                                     "authority now.")
                    .arg(number, formatDate(due))
                    .arg(limits.renewalLeadDays)
                    .arg(formatDate(licence.expiresOn)));
        else if (asOf >= due.addDays(-limits.renewalReminderDays))
            add(RuleId::LIC_006, Severity::Info, FieldPath::licenceRecord().expiresOn(),
                QCoreApplication::translate("Rules", "Apply for the renewal of licence %1 by %2.")
                    .arg(number, formatDate(due)));
    }
    // LIC-007: annual report by 31 March for every licence held on 31 December (R40)
    if (licence.issuedOn.isValid()) {
        for (int year = licence.issuedOn.year(); year < asOf.year(); ++year) {
            const QDate held(year, 12, 31);
            if (licence.expiresOn.isValid() && licence.expiresOn < held)
                break;
            bool filed = false;
            for (const AnnualReport& r : licence.annualReports)
                filed = filed || (r.year == year && r.filedOn.isValid());
            if (filed)
                continue;
            const QDate due(year + 1, limits.annualReportDueMonth, limits.annualReportDueDay);
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
