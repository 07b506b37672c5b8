#pragma once

#include "documents/DocumentInspection.h"
#include "documents/DocumentProfile.h"
#include "domain/Enums.h"
#include "rules/Finding.h"
#include "rules/RuleId.h"

#include <QList>
#include <QStringList>

namespace icp {

// The rules of document inspection (docs/regulations.md §7.1, §7.2, R21, R41). Their ids are
// DOC-101 and up, so they never collide with the rules engine's DOC-001…; the rules
// engine judges the metadata (name, size, which documents exist), these judge the
// file's content.
QList<RuleInfo> documentCheckRules();

struct CheckReport
{
    QStringList passed;      // ids of the checks that ran and passed, in order
    QList<Finding> findings; // failed checks (and warnings)

    bool ok() const { return !hasBlocking(findings); }
    void add(rules::RuleId ruleId, Severity severity, const QString& path, const QString& message)
    {
        findings.append(Finding{ruleId.toString(), severity, path, message});
    }
    void pass(rules::RuleId ruleId)
    {
        if (!passed.contains(ruleId.view()))
            passed.append(ruleId.toString());
    }
    void merge(const CheckReport& other);
};

// Judges an inspected file as a document of `kind` for `profile`'s provider. Findings
// carry `fieldPath` ("documents[3]" in an application, empty for a loose file).
CheckReport checkInspection(const Inspection& inspection, DocumentKind kind,
                            const DocumentProfile& profile = DocumentProfile::forProvider(),
                            const QString& fieldPath = {});

} // namespace icp
