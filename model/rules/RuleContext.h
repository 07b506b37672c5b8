#pragma once

// Internal to the rules module: what every rule group sees while one application
// is evaluated. Parsed values are computed once per evaluation (and memoised across
// evaluations by ParseCache) so that rule groups do not re-parse the same field.

#include "core/Result.h"
#include "core/WorkingDayCalendar.h"
#include "domain/Application.h"
#include "domain/FieldPath.h"
#include "rules/Finding.h"
#include "rules/ProvinceRules.h"
#include "rules/RuleId.h"
#include "rules/RuleSet.h"
#include "rules/RuleTables.h"
#include "validation/Contact.h"
#include "validation/DomainName.h"
#include "validation/ResidentId.h"
#include "validation/Uscc.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace icp::rules {

struct PersonFacts
{
    const Person* person = nullptr;
    // Resident ID / residence permit parse, when the document type is one of those.
    std::optional<Result<ResidentId>> residentId;
    std::optional<Result<MobileNumber>> mobile; // unset when the mobile is empty
    bool isLegalRep = false;
};

struct DomainFacts
{
    const Domain* domain = nullptr;
    std::optional<Result<DomainName>> parsed;
    const DomainName* name() const { return parsed && parsed->ok() ? &parsed->value() : nullptr; }
};

struct WebsiteFacts
{
    const Website* website = nullptr;
    QList<DomainFacts> domains;
    int principalIndex = -1; // index into persons, -1 when unresolved
};

class RuleContext
{
public:
    // `now` is the instant the rules run at and `asOf` its calendar day in Beijing
    // (docs/regulations.md §11); RuleSet derives one from the other.
    RuleContext(const Application& application, QDate asOf, QDateTime now, const Portfolio* portfolio);

    const Application& app;
    const QDate asOf;
    const QDateTime now;
    const QDate submissionDate; // plannedSubmission when set and not in the past, else asOf
    const Portfolio* const portfolio;
    const ProvinceRules& province;
    const RuleTables& tables;
    const WorkingDayCalendar& calendar;
    const bool individual;

    QList<PersonFacts> persons;
    QList<WebsiteFacts> websites;
    int entityPrincipalIndex = -1;
    int legalRepIndex = -1;
    std::optional<Result<Uscc>> uscc; // set when the entity certificate is (or looks like) a USCC
    std::optional<Result<ResidentId>> entityResidentId; // individuals with an ID card or residence permit

    QList<Finding> findings;

    void add(RuleId ruleId, Severity severity, QString fieldPath, QString message)
    {
        findings.append(Finding{ruleId.toString(), severity, std::move(fieldPath), std::move(message)});
    }

    const Person* entityPrincipal() const
    {
        return entityPrincipalIndex >= 0 ? persons[entityPrincipalIndex].person : nullptr;
    }
    bool hasDocument(DocumentKind kind, const QString& subjectId = {}) const;
    int documentCount(DocumentKind kind) const;
    int totalDomains() const;
    // `message`, followed by a caveat when a working-day count from `from` to `to` ran
    // through a year the calendar does not cover (weekends only were skipped there).
    QString withCalendarCaveat(const QString& message, QDate from, QDate to) const;
};

// Shared helpers for messages.
// `message`, followed by a caveat when `calendar` does not cover a year from `from` to `to`.
QString withCalendarCaveat(const WorkingDayCalendar& calendar, const QString& message, QDate from, QDate to);
QString displayPerson(const Person& person, int index); // the name, or "person 2" when unnamed
QString formatDate(QDate date);                         // ISO yyyy-MM-dd (locale-independent)
int monthsBetween(QDate from, QDate to);                // whole months, negative when `to` < `from`
bool isSubmissionOperation(Operation operation);        // orders that carry entity + website data
bool carriesDomainChecks(Operation operation);          // §5.1: first filing, new website, change

// Rule groups, one file each.
void evaluateEntityRules(RuleContext& ctx);
void evaluatePersonRules(RuleContext& ctx);
void evaluateWebsiteRules(RuleContext& ctx);
void evaluateDomainRules(RuleContext& ctx);
void evaluateLicenceRules(RuleContext& ctx);
void evaluateDocumentRules(RuleContext& ctx);
void evaluateOrderRules(RuleContext& ctx);

} // namespace icp::rules
