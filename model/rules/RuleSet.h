#pragma once

#include "domain/Application.h"
#include "domain/Licence.h"
#include "rules/Finding.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace icp {

// The organisation's other applications (granted, in flight or drafts). Rules that
// compare against them: R19 phone/ID reused by another entity, R30 one in-flight order
// per entity and per domain, §6.1 item 9 unique site names.
struct Portfolio
{
    QList<Application> applications;
};

// The rules engine (docs/regulations.md §10). Stateless and thread-safe: the data tables are
// parsed once and cached.
class RuleSet
{
public:
    static const RuleSet& standard();

    // Every finding for one application. `asOf` is today in Beijing; deadlines measured to
    // the minute (the SMS window) are compared with the start of that day in Beijing. The
    // submission date the rules use is Application::plannedSubmission when set and not in
    // the past, else `asOf`. Applications in `portfolio` with the same id as `application`
    // are ignored.
    QList<Finding> evaluate(const Application& application, QDate asOf,
                            const Portfolio* portfolio = nullptr) const;
    // The same at an instant (the GUI and the CLI without --as-of pass beijing::now()):
    // `asOf` is the instant's day in Beijing and the SMS window is compared with the instant.
    QList<Finding> evaluateAt(const Application& application, const QDateTime& now,
                              const Portfolio* portfolio = nullptr) const;

    // Lifecycle rules of a granted record (R38 number form, R40 renewal and annual reports).
    // Field paths are Licence members ("expiresOn", "annualReports").
    QList<Finding> evaluateLicence(const Licence& licence, QDate asOf) const;

    QList<RuleInfo> rules() const;
    std::optional<RuleInfo> rule(const QString& id) const;

private:
    QList<Finding> run(const Application& application, QDate asOf, const QDateTime& now,
                       const Portfolio* portfolio) const;
};

} // namespace icp
