#pragma once

// The example dossiers carry invented SHA-256 values for their documents; the sync
// engine uploads every attachment from the database's document store before it sends
// a dossier (docs/api.md "Documents"). This gives each document of an application real
// content in that store, so the examples can be pushed.
#include "documents/DocumentStore.h"
#include "domain/Application.h"
#include "store/Database.h"

#include <QByteArray>
#include <QString>

namespace icp::test {

// Invented bytes for one document: distinct per document id and `salt`, `size` long.
inline QByteArray inventedDocumentBytes(const QString& documentId, qint64 size, const QString& salt = {})
{
    const QByteArray line = "ICP test document " + documentId.toUtf8() + ' ' + salt.toUtf8() + '\n';
    QByteArray bytes;
    bytes.reserve(size);
    while (bytes.size() < size)
        bytes += line;
    bytes.truncate(size);
    return bytes;
}

// Replaces the hash and size of each document of `app` with invented content added to
// `store`. The rules look at names, kinds and sizes, not at content; the sizes stay
// small (4 KiB) except a domain certificate's, which must be at least 200 KiB
// (document-limits table). Returns an empty string, or what went wrong.
inline QString storeInventedDocuments(Application& app, DocumentStore& store, const QString& salt = {})
{
    for (Document& d : app.documents) {
        const qint64 size = d.kind == DocumentKind::DomainCertificate ? 210 * 1024 : 4096;
        const Result<StoredFile> stored = store.addData(inventedDocumentBytes(d.id, size, salt));
        if (!stored)
            return stored.error().message;
        d.sha256 = stored->sha256;
        d.byteSize = stored->byteSize;
    }
    return {};
}

// The same in the database's own store (DocumentStore::rootFor), where the assistant,
// icpctl and the sync engine find them.
inline QString storeInventedDocuments(Application& app, const Database& db, const QString& salt = {})
{
    DocumentStore store(DocumentStore::rootFor(db));
    return storeInventedDocuments(app, store, salt);
}

} // namespace icp::test
