#pragma once

#include "domain/Enums.h"
#include "domain/Json.h"

#include <QJsonObject>
#include <QString>

namespace icp {

// A file attached to an application, referenced by its SHA-256 (the document
// store is content-addressed).
struct Document
{
    QString id;
    DocumentKind kind = DocumentKind::Other;
    QString subjectId; // Person::id or Website::id the document is about; empty = the entity
    QString fileName;  // original name, for display
    QString sha256;    // lower-case hex
    qint64 byteSize = 0;
    QString mimeType;

    QJsonObject toJson() const;
    static Document fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems);
    bool operator==(const Document&) const = default;
};

} // namespace icp
