#include "domain/Document.h"

#include "domain/JsonReader.h"

using namespace Qt::StringLiterals;

namespace icp {

QJsonObject Document::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"kind"_s, toKey(kind)},
        {u"subjectId"_s, subjectId},
        {u"fileName"_s, fileName},
        {u"sha256"_s, sha256},
        {u"byteSize"_s, byteSize},
        {u"mimeType"_s, mimeType},
    };
}

Document Document::fromJson(const QJsonObject& json, const QString& path, JsonProblems& problems)
{
    JsonReader reader(json, path, problems);
    Document document;
    document.id = reader.string(u"id"_s, JsonReader::Required);
    document.kind = reader.enumValue(u"kind"_s, document.kind, JsonReader::Required);
    document.subjectId = reader.string(u"subjectId"_s);
    document.fileName = reader.string(u"fileName"_s);
    // The content address: without it the metadata points at nothing (docs/dossier.md).
    document.sha256 = reader.string(u"sha256"_s, JsonReader::Required);
    document.byteSize = reader.integer64(u"byteSize"_s);
    document.mimeType = reader.string(u"mimeType"_s);
    return document;
}

} // namespace icp
