#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace icp {

// Collects every problem found while reading JSON into domain types, each with the
// JSON path it concerns ("$.websites[1].domains[0].expiresOn"). The dossier importer
// adds line numbers afterwards.
//
// Problem codes (stable, for programs and tests):
//   dossier.type          a value has the wrong JSON type (text where a list belongs …)
//   dossier.enum          a text value is not one of the enumeration's keys
//   dossier.date          a date is not yyyy-MM-dd, or a timestamp not ISO 8601 with a zone
//   dossier.required      a required field is missing
//   dossier.unknown-field a field this version does not know (typos are never dropped silently)
class JsonProblems
{
public:
    void add(const QString& path, const QString& code, const QString& message)
    {
        m_errors.append(Error{code, message, path});
    }
    bool isEmpty() const { return m_errors.isEmpty(); }
    const QList<Error>& errors() const { return m_errors; }

private:
    QList<Error> m_errors;
};

// JSON path spelling shared by the domain readers and the dossier position index:
// "$" is the root, members are ".name" (or ["na me"] when the name is not an
// identifier), array elements "[3]".
QString jsonMemberPath(const QString& parentPath, const QString& key);
QString jsonIndexPath(const QString& parentPath, qsizetype index);

} // namespace icp
