#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace icp {

// How much a finding matters. Blocking findings keep the Submit button disabled.
enum class Severity { Blocking, Warning, Info };

QString severityKey(Severity severity);  // "blocking", "warning", "info" (stable, never translated)
QString severityName(Severity severity); // translated
std::optional<Severity> severityFromKey(const QString& key);

// One problem (or note) the rules engine found in an application.
struct Finding
{
    QString ruleId; // stable: ENT-001, PER-004, …
    Severity severity = Severity::Blocking;
    QString
        fieldPath;   // JSON member path without "$.": "persons[0].mobile", "websites[1].domains[0].expiresOn"
    QString message; // translated, names the value and what to do

    bool operator==(const Finding&) const = default;
};

// What a rule is, for `icpctl rules`, the settings page and the tests.
struct RuleInfo
{
    QString id;
    QString reference; // docs/regulations.md rule ("R04") or section ("§7.1") the rule implements
    Severity severity = Severity::Blocking; // default; per-province rules may report another one
    QString scope;                          // entity, person, website, domain, licence, document, order
    QString source;                         // where the requirement comes from (short source keys)
    QString title;                          // translated one-line description
};

bool hasBlocking(const QList<Finding>& findings);

} // namespace icp
