#pragma once

#include "documents/DocumentChecks.h"
#include "documents/IdentifierFinder.h"
#include "domain/Application.h"

#include <QList>
#include <QString>

namespace icp {

// A value read from a document that can fill an empty field of the application.
struct FieldSuggestion
{
    QString fieldPath; // rules-engine path: "entity.certificateNumber", "persons[0].documentNumber"
    QString value;     // ISO date for dates
    QString label;     // translated: what it is and where it was read
    bool operator==(const FieldSuggestion&) const = default;
};

struct CrossCheckResult
{
    CheckReport report; // DOC-110 (validity), DOC-111 (mismatch)
    QList<FieldSuggestion> suggestions;
};

// Compares what was read from a document of `kind` about `subjectId` (a Person::id
// for identity documents; empty = the entity) with the application: "the business
// licence shows 9111… but the entity form says 9144…". Which identifiers a kind carries
// is the document-checks table's "identifiers" column.
CrossCheckResult crossCheck(const ReadIdentifiers& read, DocumentKind kind, const QString& subjectId,
                            const Application& application, QDate asOf, const QString& fieldPath = {},
                            const QString& fileName = {});

// Writes a suggestion into the application; false when the path is unknown or the
// field is no longer empty (the user typed something meanwhile).
bool applySuggestion(Application& application, const FieldSuggestion& suggestion);

} // namespace icp
