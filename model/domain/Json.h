#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace icp {

// Collects every problem found while reading JSON into domain types, each with the
// JSON path it concerns ("$.websites[1].domains[0].expiresOn"). The dossier importer
// adds line numbers afterwards.
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

} // namespace icp
