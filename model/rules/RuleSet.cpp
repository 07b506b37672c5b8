#include "rules/RuleSet.h"

#include "core/BeijingTime.h"
#include "rules/RuleCatalogue.h"
#include "rules/RuleContext.h"

namespace icp {

namespace rules {
QList<Finding> evaluateLicenceRecord(const Licence& licence, QDate asOf); // LicenceRules.cpp
}

const RuleSet& RuleSet::standard()
{
    static const RuleSet set;
    return set;
}

QList<Finding> RuleSet::evaluate(const Application& application, QDate asOf, const Portfolio* portfolio) const
{
    return run(application, asOf, beijing::startOfDay(asOf), portfolio);
}

QList<Finding> RuleSet::evaluateAt(const Application& application, const QDateTime& now,
                                   const Portfolio* portfolio) const
{
    return run(application, beijing::dateOf(now), now, portfolio);
}

QList<Finding> RuleSet::run(const Application& application, QDate asOf, const QDateTime& now,
                            const Portfolio* portfolio) const
{
    rules::RuleContext ctx(application, asOf, now, portfolio);
    // Cancellations carry no entity/website data to check; only the order rules apply.
    if (rules::isSubmissionOperation(application.operation)) {
        rules::evaluateEntityRules(ctx);
        rules::evaluatePersonRules(ctx);
        rules::evaluateWebsiteRules(ctx);
        rules::evaluateDomainRules(ctx);
        rules::evaluateDocumentRules(ctx);
    }
    if (application.kind == ApplicationKind::Licence)
        rules::evaluateLicenceRules(ctx);
    rules::evaluateOrderRules(ctx);
    return std::move(ctx.findings);
}

QList<Finding> RuleSet::evaluateLicence(const Licence& licence, QDate asOf) const
{
    return rules::evaluateLicenceRecord(licence, asOf);
}

QList<RuleInfo> RuleSet::rules() const
{
    return rules::catalogue();
}

std::optional<RuleInfo> RuleSet::rule(const QString& id) const
{
    return rules::catalogueEntry(id);
}

} // namespace icp
